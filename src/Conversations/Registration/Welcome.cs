using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// The one SMS a new member gets: who the service is from (her KPB and its pendamping), what SALDO
/// does, and what a receipt looks like, so she trusts the first one. At most 120 characters: a later
/// issue adds "Miskol nomor ini untuk cek saldo gratis".
/// </summary>
public static class Welcome
{
    public const int Longest = 120;

    public static string For(string salutation, string name, string groupName, string? pendamping)
    {
        var first = Names.First(name);
        var from = pendamping is null ? groupName : $"{groupName}, pendamping {pendamping}";
        string[] tries =
        [
            $"Selamat datang {salutation} {first} di SMS {from}. Ketik SALDO utk cek tabungan. Bukti setor: Setoran Rp20.000 dicatat, kode K7QA",
            $"{salutation} {first}, ini SMS {from}. Ketik SALDO utk cek tabungan. Bukti setor: Setoran Rp20.000 dicatat, kode K7QA",
            $"Ini SMS {from}. Ketik SALDO utk cek tabungan. Bukti setor: Setoran Rp20.000 dicatat, kode K7QA",
            $"Ini SMS {groupName}. Ketik SALDO utk cek tabungan. Bukti setor: Setoran Rp20.000 dicatat, kode K7QA",
        ];
        return tries.Select(Gsm7Text.Fold).FirstOrDefault(t => SmsLength.Septets(t) <= Longest) ?? Gsm7Text.Fold(tries[^1]);
    }
}
