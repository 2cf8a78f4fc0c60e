using Dapper;
using Microsoft.Data.Sqlite;
using Pkkpm.Data.Import;
using Pkkpm.Data.Sqlite;
using Pkkpm.Data.Tests.Import;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Sqlite;

/// <summary>
/// A large import command beside a service on the same SQLite file asks the service to let go of it
/// (<see cref="ImportRequest"/>): the service closes its connections and refuses as busy meanwhile,
/// the import has the file to itself (a rollback journal), and the service takes it back after the
/// commit. A request left behind unlocked is no request; a holder that does not let go is shared with.
/// </summary>
public class ImportRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_service_asked_for_the_file_refuses_as_busy_meanwhile_and_reads_the_import_after_its_commit()
    {
        await using var db = await TestDatabase.CreateAsync();
        var service = db.Database;
        await OpenReaderAndWriterAsync(service);
        await using var command = (SqliteDatabase)db.OpenAnother();

        var (journal, read, write) = await command.ImportAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("insert into groups (code, name, village, meeting_day, meeting_time, meeting_place) values ('KENANGA', 'KPB Kenanga', 'Sukamaju', 'Kamis', '15:00', 'Rumah Bu Tini')", transaction: transaction);
            var journal = await connection.ExecuteScalarAsync<string>("pragma journal_mode", transaction: transaction);
            var read = await Record.ExceptionAsync(() => service.ReadAsync(c => c.ExecuteScalarAsync<long>("select count(*) from groups")));
            var write = await Record.ExceptionAsync(() => service.WriteAsync((c, t) => c.ExecuteAsync("update groups set name = name", transaction: t)));
            return (journal, read, write);
        }, fileUse: ImportFileUse.AloneAskingTheService);
        // As the command ends: the caller hears of the commit first, the file is given back as the writer stops.
        await command.DisposeAsync();

        Assert.Equal("delete", journal);
        Assert.True(read is not null && DatabaseUnavailable.Is(read), $"read: {read}");
        Assert.True(write is not null && DatabaseUnavailable.Is(write), $"write: {write}");
        Assert.False(File.Exists(RequestPath(db)));
        Assert.Equal(("wal", 1L), await ReadOnceBackAsync(service, async c => (
            await c.ExecuteScalarAsync<string>("pragma journal_mode"),
            await c.ExecuteScalarAsync<long>("select count(*) from groups where code = 'KENANGA'"))));
    }

    [Fact]
    public async Task The_import_command_says_the_running_service_stood_aside_for_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        await OpenReaderAndWriterAsync(db.Database);
        await using var command = (SqliteDatabase)db.OpenAnother();
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "KENANGA,KPB Kenanga,Sukamaju,Kemis,15.00,Rumah Bu Tini")
            .With("people.csv", "phone,name,role,group_codes,salutation", "0812-7777-0001,Tini Rahayu,anggota,KENANGA,Ibu");

        var result = await FolderImport.RunAsync(command, folder.Path, dryRun: false, Now, fileUse: ImportFileUse.AloneAskingTheService);
        await command.DisposeAsync();

        Assert.Equal((true, true, true), (result.Applied, result.FileAlone, result.ServiceStoodAside));
        Assert.Equal(1L, await ReadOnceBackAsync(db.Database, c => c.ExecuteScalarAsync<long>("select count(*) from people where phone = '+6281277770001'")));
    }

    [Fact]
    public async Task A_request_left_behind_by_an_import_that_died_is_no_request()
    {
        await using var db = await TestDatabase.CreateAsync();
        await OpenReaderAndWriterAsync(db.Database);
        await File.WriteAllTextAsync(RequestPath(db), "");

        await Task.Delay(ImportRequest.LookEvery * 3);

        Assert.Equal(2L, await db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("select count(*) from groups")));
        Assert.Equal(1, await db.Database.WriteAsync((c, t) => c.ExecuteAsync("update groups set name = name where code = 'MAWAR'", transaction: t)));
    }

    [Fact]
    public async Task An_import_whose_holder_does_not_let_go_shares_the_file_and_withdraws_its_request()
    {
        await using var db = await TestDatabase.CreateAsync(withFixture: false);
        // Not a service: a connection that knows nothing of requests (an older service, a shell).
        await using var holder = new SqliteConnection(new SqliteConnectionStringBuilder(db.ConnectionString) { Pooling = false }.ToString());
        await holder.OpenAsync();
        await holder.ExecuteScalarAsync<long>("select count(*) from groups");
        await using var command = (SqliteDatabase)db.OpenAnother();

        var journal = await command.ImportAsync((c, t) => c.ExecuteScalarAsync<string>("pragma journal_mode", transaction: t), fileUse: ImportFileUse.AloneAskingTheService);

        Assert.Equal("wal", journal);
        Assert.False(File.Exists(RequestPath(db)));
    }

    [Fact]
    public void The_import_command_asks_for_the_file_from_64_MB_of_files_and_never_for_a_dry_run()
    {
        using var small = new ImportFolder().With("people.csv", "phone,name,role,group_codes,salutation");
        using var large = new ImportFolder().With("people.csv", "phone,name,role,group_codes,salutation").With("ledger.csv", "date,phone,type,amount,note");
        // Sparse: the size is what is asked, not the lines.
        using (var ledger = new FileStream(Path.Combine(large.Path, "ledger.csv"), FileMode.Open)) ledger.SetLength(FolderImport.AskTheServiceFromBytes);

        Assert.Equal(ImportFileUse.AloneWhenFree, FolderImport.FileUseOfTheCommand(small.Path, dryRun: false));
        Assert.Equal(ImportFileUse.AloneAskingTheService, FolderImport.FileUseOfTheCommand(large.Path, dryRun: false));
        Assert.Equal(ImportFileUse.AloneWhenFree, FolderImport.FileUseOfTheCommand(large.Path, dryRun: true));
    }

    // A read and a write: the service's connections are open, as a running one's are all day.
    private static async Task OpenReaderAndWriterAsync(IDatabase service)
    {
        await service.ReadAsync(c => c.ExecuteScalarAsync<long>("select count(*) from groups"));
        await service.WriteAsync((c, t) => c.ExecuteAsync("select 1", transaction: t));
    }

    /// <summary>The service takes the file back at its next look (every 0.2 s; later on a loaded machine): read once it has.</summary>
    private static async Task<T> ReadOnceBackAsync<T>(IDatabase service, Func<System.Data.Common.DbConnection, Task<T>> read)
    {
        for (var look = 0; ; look++)
        {
            try
            {
                return await service.ReadAsync(read);
            }
            catch (SqliteException e) when (DatabaseUnavailable.Is(e) && look < 50)
            {
                await Task.Delay(ImportRequest.LookEvery);
            }
        }
    }

    private static string RequestPath(TestDatabase db) => new SqliteConnectionStringBuilder(db.ConnectionString).DataSource + "-import";
}
