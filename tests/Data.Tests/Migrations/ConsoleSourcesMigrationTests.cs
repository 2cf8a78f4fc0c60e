using Dapper;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Migrations;

/// <summary>
/// Migration 0021: broadcasts and meetings say their source (sms, whatsapp, or console with no
/// message). A meeting called in the console before it had a stand-in inbound message (CONSOLE-...):
/// its meeting, notice and notices' outbox rows come through as console, the stand-in goes, and
/// the chat's rows keep their messages. On SQLite both tables are made again: ids and references hold.
/// </summary>
public class ConsoleSourcesMigrationTests
{
    private const string StandIn = "CONSOLE-0123456789abcdef0123456789abcdef";

    [SkippableTheory, Providers]
    public async Task Stand_ins_become_console_sources_and_the_chats_rows_keep_their_messages(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db, lastVersion: 20);
        await db.WriteAsync(async (c, t) =>
        {
            await c.ExecuteAsync(Fixture.Sql, Fixture.Parameters, t);
            if (db is PostgresDatabase) await c.ExecuteAsync(Fixture.AfterIdsOnPostgres, transaction: t);
            // The old ways: RAPAT by WhatsApp, and the console's stand-in.
            await c.ExecuteAsync("""
                insert into inbound_messages (sid, channel, from_phone, body, received_at, replies) values
                    ('WAchat', 'whatsapp', @Rina, 'rapat mawar senin 15.00', @At, '[]'),
                    (@StandIn, 'sms', 'console', 'RAPAT MAWAR 30/11/2026 15.00', @At, '[]');
                insert into meetings (id, group_id, starts_at, meeting_on, place, scheduled_by_person_id, source_message_sid, created_at) values
                    (7, 1, @At, @Day, 'Balai Desa', 4, 'WAchat', @At), (8, 1, @At, @Day, 'Balai Desa', 4, @StandIn, @At);
                insert into broadcasts (id, sent_by_person_id, group_id, body, kind, members, source_message_sid, created_at, fanned_out_at) values
                    (11, 4, 1, 'Undangan rapat', 'meeting', 2, 'WAchat', @At, @At), (12, 4, 1, 'Undangan rapat', 'meeting', 2, @StandIn, @At, null);
                insert into broadcast_groups (broadcast_id, group_id) values (11, 1), (12, 1);
                insert into outbox (to_phone, channel, body, kind, status, created_at, broadcast_id, source_message_sid) values
                    (@Painem, 'sms', 'Undangan rapat', 'meeting', 'sent', @At, 12, @StandIn);
                """, new { Rina = RinaPhone, Painem = PainemPhone, StandIn, At = Friday, Day = new DateOnly(2026, 11, 30) }, t);
            return 0;
        });

        var applied = await Migrator.ApplyAsync(db, lastVersion: 21);

        Assert.Equal(["0021_console_sources"], applied);
        Assert.Equal(["11 whatsapp WAchat", "12 console -"], await RowsAsync(db, "broadcasts"));
        Assert.Equal(["7 whatsapp WAchat", "8 console -"], await RowsAsync(db, "meetings"));
        Assert.Equal(0L, await ScalarAsync(db, "select count(*) from inbound_messages where sid like 'CONSOLE-%'"));
        Assert.Equal(1L, await ScalarAsync(db, "select count(*) from outbox where broadcast_id = 12 and source_message_sid is null"));
        // Unexpanded broadcasts are still found by the fan-out's index, and their groups by their ids.
        Assert.Equal(12L, await ScalarAsync(db, "select b.id from broadcasts b join broadcast_groups g on g.broadcast_id = b.id where b.fanned_out_at is null"));
        if (provider == DatabaseOptions.Sqlite)
        {
            Assert.Empty(await db.ReadAsync(async c => (await c.QueryAsync("pragma foreign_key_check")).ToList()));
            Assert.Equal(["broadcasts_fanning_out", "meetings_group"], await db.ReadAsync(async c => (await c.QueryAsync<string>(
                "select name from sqlite_master where type = 'index' and tbl_name in ('broadcasts', 'meetings') and sql is not null order by name")).ToList()));
        }
    }

    [SkippableTheory, Providers]
    public async Task A_source_must_agree_with_its_message(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync("insert into inbound_messages (sid, channel, from_phone, body, received_at, replies) values ('SMx', 'sms', @Rina, 'rapat', @At, '[]')",
            new { Rina = RinaPhone, At = Friday });
        const string Broadcast = "insert into broadcasts (sent_by_person_id, group_id, body, source_message_sid, source, created_at) values (4, 1, 'x', @Sid, @Source, @At)";
        const string Meeting = "insert into meetings (group_id, starts_at, meeting_on, place, scheduled_by_person_id, source_message_sid, source, created_at) values (1, @At, @Day, 'x', @By, @Sid, @Source, @At)";
        var day = new DateOnly(2026, 11, 30);

        await db.ExecuteAsync(Broadcast, new { Sid = "SMx", Source = "sms", At = Friday });
        await db.ExecuteAsync(Broadcast, new { Sid = (string?)null, Source = "console", At = Friday });
        await db.ExecuteAsync(Meeting, new { By = (long?)Rina, Sid = (string?)null, Source = "console", At = Friday, Day = day });
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync(Broadcast, new { Sid = (string?)null, Source = "sms", At = Friday }));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync(Broadcast, new { Sid = "SMx", Source = "console", At = Friday }));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync(Meeting, new { By = (long?)Rina, Sid = (string?)null, Source = "sms", At = Friday, Day = day }));
        // From the console, the person who called it is all there is to say who: it must be there.
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync(Meeting, new { By = (long?)null, Sid = (string?)null, Source = "console", At = Friday, Day = day }));
    }

    private static Task<List<string>> RowsAsync(IDatabase db, string table) =>
        db.ReadAsync(async c => (await c.QueryAsync<(long Id, string Source, string? Sid)>($"select id, source, source_message_sid from {table} order by id"))
            .Select(r => $"{r.Id} {r.Source} {r.Sid ?? "-"}").ToList());

    private static Task<long> ScalarAsync(IDatabase db, string sql) => db.ReadAsync(c => c.ExecuteScalarAsync<long>(sql));
}
