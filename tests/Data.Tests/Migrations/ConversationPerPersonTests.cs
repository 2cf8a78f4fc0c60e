using Dapper;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Tests.Migrations;

/// <summary>
/// Migration 0005 turns one conversation per phone and channel into one per person. A phone that
/// had a conversation on both channels keeps the one it touched last, as the person last left it.
/// </summary>
public class ConversationPerPersonTests
{
    private const string Sri = "+628123400101", Painem = "+628123400108", Endang = "+628123400103";
    private static readonly DateTimeOffset Ten = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [SkippableTheory, Providers]
    public async Task Each_phone_keeps_its_most_recently_updated_conversation(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db, lastVersion: 4);
        await db.WriteAsync((c, t) => c.ExecuteAsync("""
            insert into conversations (phone, channel, step, data, expires_at, updated_at, version)
            values (@Phone, @Channel, @Step, @Data, @ExpiresAt, @UpdatedAt, 1)
            """,
            new[]
            {
                // Painem left a summary waiting on SMS, then wrote on WhatsApp: WhatsApp is where she is.
                Row(Painem, "sms", "AwaitingYes", "sms summary", Ten),
                Row(Painem, "whatsapp", "Idle", null, Ten.AddMinutes(5)),
                // Sri's SMS summary came after her WhatsApp, by half a second.
                Row(Sri, "whatsapp", "Idle", null, Ten),
                Row(Sri, "sms", "AwaitingYes", "sms summary", Ten.AddMilliseconds(500)),
                Row(Endang, "whatsapp", "AwaitingYes", "whatsapp summary", Ten.AddMinutes(1)),
            },
            t));

        var applied = await Migrator.ApplyAsync(db);

        Assert.Equal("0005_people", applied[0]);
        Assert.Equal(
            [$"{Sri} AwaitingYes sms summary", $"{Endang} AwaitingYes whatsapp summary", $"{Painem} Idle "],
            await db.ReadAsync(async c => (await c.QueryAsync<(string Phone, string Step, string? Data)>(
                "select phone, step, data from conversations order by phone")).Select(r => $"{r.Phone} {r.Step} {r.Data}").ToList()));
        var (sri, _) = await db.WriteAsync((c, t) => ConversationStates.LoadAsync(c, t, Sri));
        Assert.Equal(("AwaitingYes", "sms summary", Ten.AddMilliseconds(500).AddMinutes(30)), (sri.Step, sri.Data, sri.ExpiresAt));
    }

    private static object Row(string phone, string channel, string step, string? data, DateTimeOffset updatedAt) =>
        new { Phone = phone, Channel = channel, Step = step, Data = data, ExpiresAt = data is null ? (DateTimeOffset?)null : updatedAt.AddMinutes(30), UpdatedAt = updatedAt };
}
