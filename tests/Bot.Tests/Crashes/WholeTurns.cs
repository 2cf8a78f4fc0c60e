using System.Text.RegularExpressions;
using static Pkkpm.Bot.Tests.Crashes.CrashGroups;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// A message is handled whole or not at all: what a turn records (the message and its answer,
/// entries, their receipts, a broadcast and its rows) is all there, pointing back to the message's
/// MessageSid, or none of it is.
/// </summary>
internal static partial class WholeTurns
{
    /// <summary>Over the whole database: no entry without its answer and its receipt, no broadcast without its rows.</summary>
    public static void AssertNothingHalf(Snapshot books)
    {
        foreach (var entry in books.Entries)
        {
            Assert.True(entry.SourceMessageSid is not null && books.Replies.ContainsKey(entry.SourceMessageSid),
                $"Entry {entry.Code} has no handled message behind it ({entry.SourceMessageSid})");
            Assert.Contains(entry.Code, Codes(string.Join(' ', books.Replies[entry.SourceMessageSid!])));
            var receipts = books.Outbox.Where(r => r.Kind == "receipt" && r.ToPhone == entry.Phone
                                                   && r.SourceMessageSid == entry.SourceMessageSid && r.Body.Contains($"kode {entry.Code}.")).ToList();
            Assert.True(receipts.Count == 1, $"Entry {entry.Code} for {entry.Phone} has {receipts.Count} receipts in the outbox");
        }
        Assert.Equal(books.Entries.Count, books.Outbox.Count(r => r.Kind == "receipt"));

        foreach (var broadcast in books.Broadcasts)
        {
            Assert.True(books.Replies.ContainsKey(broadcast.SourceMessageSid), $"Broadcast {broadcast.Id} has no handled message behind it");
            var rows = books.Outbox.Where(r => r.BroadcastId == broadcast.Id).ToList();
            Assert.Equal(Members, rows.Select(r => r.ToPhone).Distinct().Count());
            Assert.Equal(Members, rows.Count);
        }
        Assert.All(books.Outbox, r => Assert.True(r.Kind == "receipt" || books.Broadcasts.Any(b => b.Id == r.BroadcastId),
            $"Outbox row {r.Id} ({r.Kind}) belongs to no entry or broadcast"));
    }

    /// <summary>
    /// A message the service handled (answered, or recorded before it could answer): the answer it
    /// stored is the one given, and a YA recorded exactly the deposits its summary showed.
    /// </summary>
    public static void AssertHandled(Snapshot books, Exchange exchange, IReadOnlyList<string> replies)
    {
        Assert.True(books.Replies.TryGetValue(exchange.Sid, out var stored), $"Answered but not in the books: {exchange}");
        Assert.Equal(replies, stored);
        var entries = books.Entries.Where(e => e.SourceMessageSid == exchange.Sid).ToList();
        var text = string.Join(' ', replies);
        switch (exchange.Kind)
        {
            case Exchange.Kinds.DepositYes:
                Assert.StartsWith("Tersimpan 3 setoran", text);
                Assert.Equal(exchange.Deposits.Order(), entries.Select(e => (e.Phone, e.Amount)).Order());
                Assert.Equal(Codes(text).Order(), entries.Select(e => e.Code).Order());
                break;
            case Exchange.Kinds.AnnouncementYes:
                Assert.Contains($"sedang dikirim ke {Members} anggota", text);
                Assert.Single(books.Broadcasts, b => b.SourceMessageSid == exchange.Sid);
                break;
            default:
                Assert.Empty(entries);
                Assert.DoesNotContain(books.Outbox, r => r.SourceMessageSid == exchange.Sid);
                break;
        }
    }

    /// <summary>A message that got no answer: recorded whole (then as <see cref="AssertHandled"/>), or not at all.</summary>
    public static void AssertAllOrNothing(Snapshot books, Exchange exchange)
    {
        if (books.Replies.TryGetValue(exchange.Sid, out var stored))
        {
            AssertHandled(books, exchange, stored);
            return;
        }
        Assert.DoesNotContain(books.Entries, e => e.SourceMessageSid == exchange.Sid);
        Assert.DoesNotContain(books.Outbox, r => r.SourceMessageSid == exchange.Sid);
        Assert.DoesNotContain(books.Broadcasts, b => b.SourceMessageSid == exchange.Sid);
    }

    /// <summary>The entry codes a reply lists after "Kode:" (names there are written in mixed case).</summary>
    public static IReadOnlyList<string> Codes(string reply)
    {
        var at = reply.IndexOf("Kode:", StringComparison.Ordinal);
        return at < 0 ? [] : Code().Matches(reply[at..]).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"\b[ACDEFHJKLMNPQRTUVWXY3479]{4,8}\b")]
    private static partial Regex Code();
}
