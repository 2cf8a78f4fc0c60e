using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// The one SMS a new member gets: who the service is from (her KPB and its pendamping), what SALDO
/// does, that a missed call gets her balance for free (issue 14), and what a receipt looks like, so
/// she trusts the first one. One SMS: the longest opening that fits.
/// </summary>
public static class Welcome
{
    public const int Longest = SmsLength.SingleGsm7;

    public static string For(string salutation, string name, string groupName, string? pendamping)
    {
        var first = Names.First(name);
        var from = pendamping is null ? groupName : $"{groupName}, pendamping {pendamping}";
        const string What = $"Ketik SALDO: cek tabungan. {CalledBalance.Invitation}. Bukti: Setoran Rp20.000, kode K7QA";
        string[] tries =
        [
            $"{salutation} {first}, selamat datang di SMS {from}. {What}",
            $"{salutation} {first}, ini SMS {from}. {What}",
            $"Ini SMS {from}. {What}",
            $"Ini SMS {groupName}. {What}",
        ];
        return tries.Select(Gsm7Text.Fold).FirstOrDefault(t => SmsLength.Septets(t) <= Longest) ?? Gsm7Text.Fold(tries[^1]);
    }
}
