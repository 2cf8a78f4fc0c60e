using System.Data.Common;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Pkkpm.Data.Import;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Export;

/// <summary>
/// The programme in the seed formats (groups, people, loans, ledger, tips), from one consistent
/// snapshot, so that importing it into an empty database gives the same books and importing it back
/// into its own database changes nothing. The ledger has every entry, with its code and, for a
/// correction, the code of the entry it reverses. Plain data for the import, not for a
/// spreadsheet: nothing is escaped against formulas (a phone starts with "+").
/// </summary>
public static class FolderExport
{
    public sealed record Summary(int Groups, int People, int Loans, int LedgerEntries, int Tips);

    /// <summary>Writes the five files into <paramref name="folder"/> (made if missing); refuses to overwrite any.</summary>
    public static async Task<Summary> WriteAsync(IDatabase database, string folder, CancellationToken cancellationToken = default)
    {
        var taken = FolderImport.Files.Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        if (taken.Count > 0) throw new IOException($"Nothing written: {string.Join(", ", taken)} already in {folder}; export into an empty folder.");
        Directory.CreateDirectory(folder);
        return await database.ReadAsync(async connection =>
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
            var files = new ExportedFiles(connection, snapshot, folder, cancellationToken);
            return new Summary(await files.GroupsAsync(), await files.PeopleAsync(), await files.LoansAsync(), await files.LedgerAsync(), await files.TipsAsync());
        }, cancellationToken);
    }

    /// <summary>One query's rows into one CSV file, header first; returns the number of rows.</summary>
    internal static async Task<int> WriteFileAsync(DbConnection connection, DbTransaction transaction, string path, string sql, string[] header,
        Func<DbDataReader, IEnumerable<string?>> fields, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None });
        foreach (var column in header) csv.WriteField(column);
        await csv.NextRecordAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            foreach (var field in fields(reader)) csv.WriteField(field ?? "");
            await csv.NextRecordAsync();
            rows++;
        }
        return rows;
    }
}
