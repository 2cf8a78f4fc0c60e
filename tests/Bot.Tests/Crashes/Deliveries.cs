using System.Text.RegularExpressions;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// The outbox against what Twilio (the fake) received. Each life of the service sends from its own
/// number, so every message Twilio got says which life sent it. The promise (OutboxDelivery,
/// OutboundWorker): a queued message is never lost; a crash sends it twice only if it fell between
/// Twilio accepting the message and the send being recorded, so only the sends the killed life had
/// in flight (at most Outbound__Concurrency) go out again, from a later life, once their lease
/// (Outbound__Lease) has run out. Apart from crashes a message goes out twice only after the
/// service gave up waiting for Twilio's answer (Outbound__HttpTimeout) and tried again, which it logs.
/// </summary>
internal static partial class Deliveries
{
    /// <summary>Twilio__SmsFrom of a life of the service.</summary>
    public static string SenderNumber(int life) => $"+628110000{life:D4}";

    private static int LifeOf(ReceivedMessage message) => int.Parse(message.From![^4..]);

    /// <summary>
    /// The outbox rows a life says it gave up on and tried again: "Outbox 12: attempt 1 failed
    /// (TimeoutException ...)". Not "Outbox 12 was sent again after its lease ran out": with a
    /// lease twice the HTTP timeout that is a lease that does not hold, which the test must catch.
    /// </summary>
    public static IReadOnlySet<long> GivenUp(IEnumerable<string> log) =>
        log.Select(line => GivenUpLine().Match(line)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value)).ToHashSet();

    /// <summary>
    /// Every outbox row was sent and recorded with the send that counted, and Twilio got nothing
    /// that is not in the outbox. A row went out twice from one life only if that life gave up on
    /// it (<paramref name="givenUp"/>, by life); every other repeat came from a later life, at most
    /// <paramref name="concurrency"/> rows per killed life. Returns those repeats per killed life.
    /// </summary>
    public static IReadOnlyDictionary<int, int> AssertSentWithinTheWindow(Snapshot books, IReadOnlyList<ReceivedMessage> received,
        IReadOnlyDictionary<int, IReadOnlySet<long>> givenUp, int concurrency)
    {
        Assert.All(books.Outbox, r => Assert.True(r.Status == "sent", $"Outbox row {r.Id} to {r.ToPhone} is {r.Status}: '{r.Body}'"));
        var sends = received.Where(r => r.Sid is not null).GroupBy(r => (r.To, Body: r.Body ?? ""))
            .ToDictionary(g => g.Key, g => g.ToList());
        var rows = books.Outbox.ToDictionary(r => (r.ToPhone, r.Body));
        Assert.Empty(sends.Keys.Except(rows.Keys));

        var resentAfterKill = givenUp.Keys.SkipLast(1).ToDictionary(life => life, _ => 0);
        foreach (var (key, row) in rows)
        {
            Assert.True(sends.TryGetValue(key, out var sent), $"Outbox row {row.Id} is marked sent but Twilio never got it: {row.ToPhone} '{row.Body}'");
            Assert.Equal(sent[^1].Sid, row.TwilioSid);
            var lives = sent.Select(LifeOf).ToList();
            for (var i = 1; i < lives.Count; i++)
            {
                var (before, again) = (lives[i - 1], lives[i]);
                var gaveUp = givenUp[before].Contains(row.Id);
                Assert.True(again > before || (again == before && gaveUp),
                    $"Outbox row {row.Id} was sent by life {again} after life {before} had sent it, which did not give up on it (lives: {string.Join(", ", lives)})");
                if (again > before && !gaveUp) resentAfterKill[before]++;
            }
        }
        Assert.All(resentAfterKill, killed => Assert.True(killed.Value <= concurrency,
            $"{killed.Value} rows sent by life {killed.Key} went out again after it was killed; at most Outbound__Concurrency = {concurrency} were in flight"));
        return resentAfterKill;
    }

    [GeneratedRegex(@"\bOutbox (\d+): attempt \d+ failed")]
    private static partial Regex GivenUpLine();
}
