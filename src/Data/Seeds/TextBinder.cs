using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Text for the import's statements compiled through SQLite's handle (<see cref="InsertedLedgerRows"/>,
/// <see cref="RepeatedInsert"/>): bound as UTF-8 from one reused buffer, and moments and dates written
/// as the ADO.NET provider writes them everywhere else. One binder per statement user: not for two threads at once.
/// </summary>
internal sealed class TextBinder
{
    private byte[] _buffer = new byte[256];

    /// <summary>SQLite copies the text as it binds it, so the buffer is free again at once.</summary>
    public void Bind(sqlite3_stmt statement, int position, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length) _buffer = new byte[Math.Max(most, _buffer.Length * 2)];
        var length = Encoding.UTF8.GetBytes(text, _buffer);
        raw.sqlite3_bind_text(statement, position, _buffer.AsSpan(0, length));
    }

    /// <summary>A date or a moment as text exactly as the provider stores it (asked of the provider itself).</summary>
    public static string AsStored(SqliteConnection connection, SqliteTransaction? transaction, object value)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "select @Value";
        select.Parameters.AddWithValue("@Value", value);
        return (string)select.ExecuteScalar()!;
    }
}
