using Pkkpm.Data.Seeds;

namespace Pkkpm.Data.Tests.Import;

/// <summary>
/// A seed file is read ahead of the import, on a thread of its own: its rows must still come in the
/// order of the file, each with the line a person would open in an editor, and an import that stops
/// early must not be left waiting for the reading.
/// </summary>
public class SeedFileTests
{
    [Fact]
    public void Rows_come_in_the_order_of_the_file_with_their_lines_blank_lines_left_out()
    {
        // More rows than are read ahead at a time, a blank line, and a note over two lines.
        using var folder = new ImportFolder().With("ledger.csv",
        [
            "date,phone,type,amount,note",
            .. Enumerable.Range(1, 5000).Select(i => $"2026-01-05,081211110001,setoran,{i},"),
            "",
            "2026-01-12,081211110001,setoran,5001,\"dua\nbaris\"",
            "2026-01-12,081211110001,setoran,5002,",
        ]);
        using var file = new SeedFile(folder.Path, "ledger.csv", "date", "phone", "type", "amount");

        var rows = file.Rows().Select(r => (r.Line, Amount: r.WholeRupiah("amount"), Note: r.Text("note", required: false))).ToList();

        Assert.Equal([.. Enumerable.Range(1, 5002).Select(i => (long)i)], rows.Select(r => r.Amount));
        Assert.Equal([.. Enumerable.Range(2, 5000)], rows.Take(5000).Select(r => r.Line));
        // Line 5002 is blank; the row with the note takes lines 5003 and 5004, and is found at its first.
        Assert.Equal((5003, "dua\nbaris"), (rows[5000].Line, rows[5000].Note));
        Assert.Equal(5005, rows[5001].Line);
    }

    [Fact]
    public void What_is_made_of_a_row_on_the_reading_thread_comes_with_that_row()
    {
        using var folder = new ImportFolder().With("people.csv",
        [
            "phone,name,role,group_codes",
            .. Enumerable.Range(0, 3000).Select(i => $"0812{i:D8},Anggota {i},anggota,MAWAR"),
        ]);
        using var file = new SeedFile(folder.Path, "people.csv", "phone", "name");
        var reader = Environment.CurrentManagedThreadId;
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();

        var rows = file.Rows(ahead: row => { threads.Add(Environment.CurrentManagedThreadId); return "+62" + row.Text("phone")[1..]; })
            .Select(r => (Ahead: r.Ahead, Name: r.Text("name"))).ToList();

        Assert.Equal([.. Enumerable.Range(0, 3000).Select(i => ($"+62812{i:D8}", $"Anggota {i}"))], rows.Select(r => ((string)r.Ahead!, r.Name)));
        Assert.DoesNotContain(reader, threads);
    }

    [Fact]
    public async Task An_import_that_stops_after_a_few_rows_of_a_large_file_closes_it_at_once()
    {
        using var folder = new ImportFolder().With("ledger.csv",
        [
            "date,phone,type,amount,note",
            .. Enumerable.Range(1, 100_000).Select(i => $"2026-01-05,081211110001,setoran,{i},"),
        ]);
        var file = new SeedFile(folder.Path, "ledger.csv", "date", "phone", "type", "amount");
        Assert.Equal(3, file.Rows().Take(3).Count());

        // The reading has filled what it may read ahead and waits for room: closing the file stops it.
        // A generous bound: this guards against waiting forever, not for speed.
        var closed = Task.Run(file.Dispose);
        Assert.Same(closed, await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(30))));
        await closed;
    }
}
