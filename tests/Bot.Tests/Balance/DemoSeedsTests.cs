using System.Globalization;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Balance;

/// <summary>
/// The demo in seeds/ as a newcomer meets it: every member's SALDO agrees with the CSV files
/// (summed here independently of the service), and every reply fits one SMS.
/// </summary>
public class DemoSeedsTests
{
    private static readonly string Seeds = BotApplication.RepoFolder("seeds");

    [Fact]
    public async Task Every_demo_member_gets_their_own_savings_and_outstanding_in_one_sms()
    {
        await using var app = new BotApplication();
        var members = ReadCsv("people.csv").Where(p => p["role"] is not ("pendamping" or "pemantau" or "admin")).ToList();
        var ledger = ReadCsv("ledger.csv");
        var loans = ReadCsv("loans.csv");
        Assert.InRange(members.Count, 80, 100);

        foreach (var member in members)
        {
            var phone = Digits(member["phone"]);
            var mine = ledger.Where(e => Digits(e["phone"]) == phone).ToList();
            var savings = mine.Where(e => e["type"] == "setoran").Sum(Amount) - mine.Where(e => e["type"] == "penarikan").Sum(Amount);
            var owed = loans.Where(l => Digits(l["phone"]) == phone).Sum(l => long.Parse(l["instalments"]) * long.Parse(l["instalment_amount"]));
            var outstanding = owed - mine.Where(e => e["type"] == "angsuran").Sum(Amount);

            var answer = await app.Twilio.SmsAsync("+62" + phone, "saldo");

            Assert.Contains($"tabungan {Rupiah(savings)}.", answer.Reply);
            if (owed > 0) Assert.Contains($"Sisa pinjaman {Rupiah(outstanding)},", answer.Reply);
            else Assert.Contains("Tidak ada pinjaman.", answer.Reply);
            Assert.True(SmsLength.IsGsm7(answer.Reply) && SmsLength.FitsOneSegment(answer.Reply), answer.Reply);
        }
    }

    [Fact]
    public async Task Some_demo_loans_are_in_arrears_and_some_are_current()
    {
        await using var app = new BotApplication();
        var borrowers = ReadCsv("loans.csv").Select(l => "+62" + Digits(l["phone"])).Distinct().ToList();

        var replies = new List<string>();
        foreach (var phone in borrowers) replies.Add((await app.Twilio.SmsAsync(phone, "saldo")).Reply);

        Assert.Contains(replies, r => r.Contains("tunggakan"));
        Assert.Contains(replies, r => r.Contains("angsuran berikut"));
    }

    private static long Amount(Dictionary<string, string> row) => long.Parse(row["amount"], CultureInfo.InvariantCulture);

    private static string Rupiah(long amount) => "Rp" + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>The national number: 0812-3400-101, 62812..., +62 812... all give 8123400101.</summary>
    private static string Digits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("62") ? digits[2..] : digits.TrimStart('0');
    }

    private static List<Dictionary<string, string>> ReadCsv(string file)
    {
        using var reader = new StreamReader(Path.Combine(Seeds, file));
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }
}
