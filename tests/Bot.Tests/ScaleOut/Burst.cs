using System.Collections.Concurrent;
using Pkkpm.Bot.Tests.Infrastructure;
using static Pkkpm.Bot.Tests.ScaleOut.Villages;

namespace Pkkpm.Bot.Tests.ScaleOut;

/// <summary>
/// What Twilio sends two instances in a busy hour, each message to either: treasurers recording
/// rounds of deposits (SETOR to one instance, YA to the other), members asking SALDO, the same
/// MessageSid delivered to both at once, and one person's two YA at once.
/// </summary>
internal sealed class Burst(TwilioSender a, TwilioSender b)
{
    private int _posted;

    /// <summary>Every MessageSid sent, once each.</summary>
    public ConcurrentDictionary<string, byte> Sids { get; } = [];

    public int Posted => _posted;

    public async Task TreasurerAsync(int group)
    {
        var bendahara = Bendahara(group);
        for (var round = 1; round <= TwoInstancesTests.Rounds; round++)
        {
            var (first, second) = round % 2 == 0 ? (a, b) : (b, a);
            var summary = await SendAsync(first, bendahara, $"SETOR 2 {10 + round}rb, 3 {20 + round}rb, 1 {round}rb");
            Assert.StartsWith("Setoran 3 anggota:", summary.Reply);
            Assert.StartsWith("Tersimpan 3 setoran", (await SendAsync(second, bendahara, "YA")).Reply);
        }
        if (group >= Groups / 2) return;

        // Two YA of one person at once, on both instances: the draft is recorded by exactly one.
        Assert.StartsWith("Setoran ", (await SendAsync(a, bendahara, "SETOR 5 7rb")).Reply);
        var both = await Task.WhenAll(SendAsync(a, bendahara, "ya"), SendAsync(b, bendahara, "ya"));
        Assert.Single(both, r => r.Reply.StartsWith("Tersimpan", StringComparison.Ordinal));
    }

    public async Task SaldoAsync(int i, string phone) =>
        Assert.Contains("tabungan Rp", (await SendAsync(i % 2 == 0 ? a : b, phone, "saldo")).Reply);

    public async Task SameSidTwiceAsync(string phone)
    {
        var sid = TwilioSender.NewSid();
        var answers = await Task.WhenAll(SendAsync(a, phone, "saldo", sid), SendAsync(b, phone, "saldo", sid));
        Assert.Equal(answers[0].Reply, answers[1].Reply);
    }

    private Task<TwilioSender.Answer> SendAsync(TwilioSender to, string from, string body, string? sid = null)
    {
        Interlocked.Increment(ref _posted);
        sid ??= TwilioSender.NewSid();
        Sids.TryAdd(sid, 0);
        return to.SmsAsync(from, body, sid);
    }
}
