using System.Text.Json;
using Dapper;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// Old message bodies are blanked; the books they led to are not. A year-old SETOR from Endang
/// with its receipt to Painem, an attendance answer and a reported repayment, and a message from
/// last week: after retention the old words are gone and everything else reads as before.
/// </summary>
public class MessageRetentionTests
{
    private static readonly DateTimeOffset Now = Friday;
    private static readonly DateTimeOffset Cutoff = Now.AddDays(-365);
    private static readonly DateTimeOffset LastYear = Now.AddDays(-400), LastWeek = Now.AddDays(-7);

    [SkippableTheory, Providers]
    public async Task Old_bodies_are_blanked_and_the_books_are_untouched(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var old = await RecordOldTurnAsync(db);
        var recent = new InboundMessage("SMrecent" + Guid.NewGuid().ToString("N"), PainemPhone, Channel.Sms, "saldo", LastWeek);
        await db.Database.WriteAsync(async (c, t) =>
        {
            await InboundMessages.RecordAsync(c, t, recent);
            await InboundMessages.SaveRepliesAsync(c, t, recent.MessageSid, ["Ibu Painem: tabungan Rp50.000."]);
            return 0;
        });
        await QueueAsync(db, "Tabungan Ibu kini Rp50.000", "sent", LastWeek);
        var books = await BooksAsync(db);

        var (inbound, outbound) = await BlankAllAsync(db.Database, batch: 2);

        Assert.Equal((1, 3), (inbound, outbound));
        Assert.Equal(("", "[]"), await db.QuerySingleAsync<(string, string)>("select body, replies from inbound_messages where sid = @Sid", new { Sid = old }));
        Assert.Equal(("saldo", """["Ibu Painem: tabungan Rp50.000."]"""),
            await db.QuerySingleAsync<(string, string)>("select body, replies from inbound_messages where sid = @Sid", new { Sid = recent.MessageSid }));
        Assert.Equal(
            ["queued old: Belum terkirim", "sent new: Tabungan Ibu kini Rp50.000", "sent old: ", "failed old: ", "skipped old: "],
            await db.QueryAsync<string>($"""
                select status || case when created_at < @Cutoff then ' old: ' else ' new: ' end || body from outbox
                 order by case status when 'queued' then 0 else 1 end, created_at desc, id
                """, new { Cutoff }));
        Assert.Equal((1, 3), (await db.ScalarAsync<long>("select count(*) from inbound_messages where body_removed_at is not null"),
            await db.ScalarAsync<long>("select count(*) from outbox where body_removed_at is not null")));
        Assert.Equal(books, await BooksAsync(db));
    }

    [SkippableTheory, Providers]
    public async Task Running_it_again_changes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await RecordOldTurnAsync(db);
        await BlankAllAsync(db.Database, batch: 100);
        var marks = await db.QueryAsync<DateTimeOffset>("select body_removed_at from outbox where body_removed_at is not null order by id");

        // One batch of each, larger than all there is: a body blanked once is never taken again.
        var again = (await db.Database.WriteAsync((c, t) => MessageRetention.BlankInboundAsync(c, t, Cutoff, Now, 100)),
            await db.Database.WriteAsync((c, t) => MessageRetention.BlankOutboxAsync(c, t, Cutoff, Now, 100)));

        Assert.Equal((0, 0), again);
        Assert.Equal(marks, await db.QueryAsync<DateTimeOffset>("select body_removed_at from outbox where body_removed_at is not null order by id"));
    }

    [SkippableTheory, Providers]
    public async Task Instances_running_it_at_once_blank_each_body_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        for (var i = 0; i < 40; i++) await RecordOldTurnAsync(db);
        var others = Enumerable.Range(0, 3).Select(_ => db.OpenAnother()).ToList();
        try
        {
            var passes = await Task.WhenAll(others.Append(db.Database).Select(d => Task.Run(() => BlankAllAsync(d, batch: 7))));

            Assert.Equal(40, passes.Sum(p => p.Inbound));
            Assert.Equal(40 * 3, passes.Sum(p => p.Outbound));
            Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from inbound_messages where received_at < @Cutoff and body <> ''", new { Cutoff }));
        }
        finally
        {
            foreach (var d in others) await ((IAsyncDisposable)d).DisposeAsync();
        }
    }

    /// <summary>
    /// A year-old turn of Endang's: a deposit for Painem with its reply, attendance, a reported
    /// repayment, and outbox rows sent, failed, skipped and one still queued.
    /// </summary>
    private static async Task<string> RecordOldTurnAsync(TestDatabase db)
    {
        var message = new InboundMessage("SMold" + Guid.NewGuid().ToString("N"), EndangPhone, Channel.Sms, "setor painem 50rb", LastYear);
        await db.Database.WriteAsync(async (c, t) =>
        {
            await InboundMessages.RecordAsync(c, t, message);
            await new ConversationData(c, t, message).RecordEntryAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, Note: "wajib"), CancellationToken.None);
            await InboundMessages.SaveRepliesAsync(c, t, message.MessageSid, ["Tersimpan: setoran Painem Rp50.000."]);
            return 0;
        });
        await db.ExecuteAsync("""
            insert into attendance (group_id, person_id, meeting_on, status, reason, recorded_by_person_id, source_message_sid, recorded_at)
            values (1, 2, @Day, 'izin', 'anak sakit', 2, @Sid, @At) on conflict do nothing;
            insert into reported_repayments (group_id, person_id, loan_id, amount, reported_at, source_message_sid)
            values (1, 2, 1, 55000, @At, @Sid);
            """, new { Day = DateOnly.FromDateTime(LastYear.Date), Sid = message.MessageSid, At = LastYear });
        await QueueAsync(db, "Setoran Rp50.000 dicatat", "sent", LastYear);
        await QueueAsync(db, "Setoran Rp50.000 dicatat", "failed", LastYear);
        await QueueAsync(db, "Pengumuman rapat", "skipped", LastYear);
        await QueueAsync(db, "Belum terkirim", "queued", LastYear);
        return message.MessageSid;
    }

    private static Task QueueAsync(TestDatabase db, string body, string status, DateTimeOffset at) =>
        db.ExecuteAsync("insert into outbox (to_phone, channel, body, kind, status, created_at) values (@Phone, 'sms', @Body, 'receipt', @Status, @At)",
            new { Phone = PainemPhone, Body = body, Status = status, At = at });

    private static async Task<(int Inbound, int Outbound)> BlankAllAsync(IDatabase database, int batch)
    {
        var (inbound, outbound) = (0, 0);
        // A pass that takes the same rows again never ends: fail it instead of hanging the run.
        for (var round = 0; round < 1_000; round++)
        {
            var i = await database.WriteAsync((c, t) => MessageRetention.BlankInboundAsync(c, t, Cutoff, Now, batch));
            var o = await database.WriteAsync((c, t) => MessageRetention.BlankOutboxAsync(c, t, Cutoff, Now, batch));
            (inbound, outbound) = (inbound + i, outbound + o);
            if (i == 0 && o == 0) return (inbound, outbound);
        }
        throw new InvalidOperationException($"Retention was still blanking after 1,000 batches ({inbound} inbound, {outbound} outbound)");
    }

    /// <summary>Everything retention must never touch, as text.</summary>
    private static async Task<string> BooksAsync(TestDatabase db) =>
        await db.Database.ReadAsync(async c => JsonSerializer.Serialize(new object[]
        {
            await c.QueryAsync("select * from ledger_entries order by id"),
            await c.QueryAsync("select * from codes order by id"),
            await c.QueryAsync("select * from attendance order by group_id, person_id, meeting_on"),
            await c.QueryAsync("select * from reported_repayments order by id"),
            await c.QueryAsync("select id, to_phone, channel, kind, status, source_message_sid, created_at from outbox order by id"),
            await c.QueryAsync("select sid, channel, from_phone, received_at from inbound_messages order by sid"),
        }));
}
