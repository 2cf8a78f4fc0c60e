using System.Collections.Concurrent;
using Pkkpm.Bot.Tests.Infrastructure;
using static Pkkpm.Bot.Tests.Crashes.CrashGroups;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// A meeting afternoon in fast motion, sent to one life of the service, seeded: every treasurer
/// records deposits (SETOR three members, then YA) <see cref="RoundsPerTreasurer"/> times, and the
/// pendamping broadcasts to every group (UMUMKAN SEMUA, then YA) at the same time: 42 requests,
/// all at once. Each sender stops at the first request that gets no answer: there the crash found them.
/// </summary>
internal sealed class Traffic(TwilioSender twilio, int life, int seed)
{
    public const int BroadcastsPerLife = 1, RoundsPerTreasurer = 4;
    public const int Requests = 2 * (Groups * RoundsPerTreasurer + BroadcastsPerLife);

    private readonly ConcurrentQueue<Exchange> _exchanges = new();
    private int _answered;

    public IReadOnlyCollection<Exchange> Exchanges => _exchanges;

    /// <summary>Messages answered so far in this life.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public Task RunAsync() => Task.WhenAll([.. Enumerable.Range(0, Groups).Select(TreasurerAsync), PendampingAsync()]);

    private async Task TreasurerAsync(int group)
    {
        var random = new Random(seed * 7919 + life * 101 + group);
        for (var round = 1; round <= RoundsPerTreasurer; round++)
        {
            var numbers = Enumerable.Range(1, MembersPerGroup).ToArray();
            random.Shuffle(numbers);
            var deposits = numbers.Take(3).Select(number => (Number: number, Amount: random.Next(1, 100) * 1000L)).ToList();
            var setor = "SETOR " + string.Join(", ", deposits.Select(d => $"{d.Number} {d.Amount / 1000}rb"));
            var summary = await SendAsync(Exchange.Kinds.Deposit, Bendahara(group), setor);
            if (summary is null) return;
            Expect(summary, "Setoran 3 anggota:");

            var yes = await SendAsync(Exchange.Kinds.DepositYes, Bendahara(group), round % 2 == 0 ? "ya" : "YA",
                [.. deposits.Select(d => (Phone(group, d.Number), d.Amount))]);
            if (yes is null) return;
            Expect(yes, "Tersimpan 3 setoran");
        }
    }

    private async Task PendampingAsync()
    {
        var random = new Random(seed * 7919 + life * 101 + 99);
        for (var i = 1; i <= BroadcastsPerLife; i++)
        {
            await Task.Delay(random.Next(0, 200));
            var question = await SendAsync(Exchange.Kinds.Announcement, Pendamping,
                $"UMUMKAN SEMUA Siaran {life}.{i}: rapat akbar Sabtu jam 9 di balai desa, mohon hadir.");
            if (question is null) return;
            Expect(question, "Balas YA untuk kirim");
            var sent = await SendAsync(Exchange.Kinds.AnnouncementYes, Pendamping, "YA");
            if (sent is null) return;
            Expect(sent, $"sedang dikirim ke {Members} anggota");
        }
    }

    /// <returns>The exchange, or null when the service gave no answer (it was killed).</returns>
    private async Task<Exchange?> SendAsync(Exchange.Kinds kind, string from, string body, IReadOnlyList<(string, long)>? deposits = null)
    {
        var exchange = new Exchange
        {
            Sid = TwilioSender.NewSid(), Kind = kind, From = from, Body = body, Life = life, Deposits = deposits ?? [],
        };
        _exchanges.Enqueue(exchange);
        var answer = await PostAsync(twilio, exchange);
        if (answer?.Status != System.Net.HttpStatusCode.OK)
        {
            exchange.Refused = answer;
            return null;
        }
        exchange.Answer = answer;
        exchange.AnsweredFirstTime = true;
        Interlocked.Increment(ref _answered);
        return exchange;
    }

    /// <summary>Posts the exchange's message with its MessageSid (again, for a retry); null when the connection died first.</summary>
    public static async Task<TwilioSender.Answer?> PostAsync(TwilioSender twilio, Exchange exchange)
    {
        try
        {
            return await twilio.SmsAsync(exchange.From, exchange.Body, exchange.Sid);
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) { return null; }
    }

    private static void Expect(Exchange exchange, string text)
    {
        if (!exchange.Reply.Contains(text, StringComparison.Ordinal))
            throw new Xunit.Sdk.XunitException($"Expected '{text}' in the answer to {exchange}");
    }
}
