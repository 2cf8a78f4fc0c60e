using System.Diagnostics;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;
using Xunit.Abstractions;
using static Pkkpm.Bot.Tests.ScaleOut.Villages;

namespace Pkkpm.Bot.Tests.ScaleOut;

/// <summary>
/// Two instances behind one address on one PostgreSQL, Twilio calling whichever it likes: no
/// rupiah lost or counted twice, no message handled or sent twice.
/// </summary>
[Collection(TwilioMockCollection.Name)]
public class TwoInstancesTests(TwilioMockFixture mock, ITestOutputHelper output)
{
    public const int Rounds = 3;

    [PostgresFact]
    public async Task A_burst_over_two_instances_and_a_broadcast_to_1000_are_each_handled_once()
    {
        using var seeds = Villages.Seeds();
        var twilio = mock.NewAccount();
        await using var instances = await Instances.StartAsync(2, seeds.Path, i =>
            Outbox.Settings(mock, twilio, ("Twilio:SmsFrom", Instances.SenderNumber(i)), ("Broadcasts:BatchSize", "64")));
        var (a, b) = (instances.Senders[0], instances.Senders[1]);

        var watch = Stopwatch.StartNew();
        var burst = new Burst(a, b);
        await Task.WhenAll([
            .. Enumerable.Range(0, Groups).Select(burst.TreasurerAsync),
            .. Enumerable.Range(0, 200).Select(i => burst.SaldoAsync(i, Phone(i % Groups, 2 + i / Groups))),
            .. Enumerable.Range(0, 20).Select(i => burst.SameSidTwiceAsync(Phone(i % Groups, 50 + i))),
        ]);
        watch.Stop();
        output.WriteLine($"{burst.Posted} webhooks over 2 instances in {watch.Elapsed.TotalSeconds:0.0} s ({burst.Posted / watch.Elapsed.TotalSeconds:0} per second)");

        await using (var connection = instances.Apps[0].OpenDatabase())
        {
            var balances = (await connection.QueryAsync<(string Phone, long Savings)>("""
                select p.phone, coalesce(sum(case e.kind when 'setoran' then e.amount else -e.amount end
                                             * case when e.reverses_entry_id is null then 1 else -1 end), 0)::bigint
                  from people p left join ledger_entries e on e.person_id = p.id and e.kind <> 'angsuran'
                 group by p.phone
                """)).ToDictionary(r => r.Phone, r => r.Savings);
            Assert.Equal(Groups * MembersPerGroup + 1, balances.Count);
            Assert.All(balances, b => Assert.Equal(Expected(b.Key), b.Value));
            Assert.Equal(burst.Sids.Count, await connection.ExecuteScalarAsync<long>("select count(*) from inbound_messages"));
        }
        Assert.StartsWith($"Ibu Sri (KPB Desa 3): tabungan Rp{Rupiah(Expected(Phone(3, 1)))}.", (await b.SmsAsync(Phone(3, 1), "saldo")).Reply);

        await a.SmsAsync(Pendamping, "UMUMKAN SEMUA Rapat akbar Sabtu 09.00 di Balai Desa.");
        Assert.Contains("sedang dikirim ke 1000 anggota", (await b.SmsAsync(Pendamping, "YA")).Reply);
        watch.Restart();
        await instances.RunUntilAsync(async () => await instances.Apps[0].CountAsync("status = 'queued'") == 0, TimeSpan.FromMinutes(3));
        watch.Stop();

        var broadcast = twilio.Received.Where(r => r.Body!.Contains("Rapat akbar")).ToList();
        var bySender = broadcast.GroupBy(r => r.From).ToDictionary(g => g.Key!, g => g.Count());
        output.WriteLine($"1,000 broadcast messages in {watch.Elapsed.TotalSeconds:0.0} s; sent by instance: {string.Join(", ", bySender.Select(s => $"{s.Key} {s.Value}"))}");
        Assert.Equal(1000, broadcast.Count);
        Assert.Equal(1000, broadcast.Select(r => r.To).Distinct().Count());
        Assert.Equal(2, bySender.Count);
        var rows = await instances.Apps[0].RowsAsync();
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
        Assert.Equal(rows.Count, twilio.Received.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.TwilioSid).Distinct().Count());
    }

    /// <summary>Savings each member ends with: the treasurers' rounds, and one 7rb deposit confirmed twice at once.</summary>
    private static long Expected(string phone)
    {
        var number = int.Parse(phone[^5..]);
        var group = int.Parse(phone[^7..^5]);
        return number switch
        {
            2 => Enumerable.Range(1, Rounds).Sum(r => (10 + r) * 1000L),
            3 => Enumerable.Range(1, Rounds).Sum(r => (20 + r) * 1000L),
            1 => Enumerable.Range(1, Rounds).Sum(r => r * 1000L),
            5 when group < Groups / 2 && phone != Pendamping => 7000,
            _ => 0,
        };
    }

    private static string Rupiah(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
