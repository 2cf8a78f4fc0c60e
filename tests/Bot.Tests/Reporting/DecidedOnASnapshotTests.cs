using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// A turn is decided on what it read, outside the writer, and committed only if the person's
/// conversation is still where it was then. When another of her messages commits in between, the
/// turn is read again on the newer state: a step she has just dropped never comes back.
/// </summary>
public class DecidedOnASnapshotTests
{
    private const string Endang = "+6281211110003";

    [Fact]
    public async Task A_summary_cancelled_while_another_message_was_being_decided_stays_cancelled()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        Assert.StartsWith("Setoran", (await app.Twilio.SmsAsync(Endang, "SETOR Sri W 20rb")).Reply);

        // "hmm" is decided while the summary waits (it would ask again and keep the summary);
        // her BATAL commits before it does.
        string? cancelled = null;
        app.Database.BeforeNextRequestWrite(async () => cancelled = (await app.Twilio.SmsAsync(Endang, "batal")).Reply);
        var unclear = await app.Twilio.SmsAsync(Endang, "hmm");
        Assert.NotNull(cancelled);

        Assert.DoesNotContain("Setoran", unclear.Reply);
        var yes = await app.Twilio.SmsAsync(Endang, "ya");
        Assert.DoesNotContain("Tersimpan", yes.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }
}
