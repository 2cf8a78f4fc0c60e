using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Help;

/// <summary>
/// MENU: the commands a person's role can use, in one SMS. Only commands that work are listed;
/// each feature adds its words here when it lands. A test measures every role's menu.
/// </summary>
public static class Menu
{
    private static string Commands(Role role) => role switch
    {
        Role.Bendahara =>
            "SETOR nama jml / SETOR (keliling), ANGSURAN nama jml, TARIK nama jml, ABSEN no.., KOREKSI kode, TERIMA/TOLAK kode, DAFTAR, REKAP, SALDO",
        Role.Pendamping =>
            "UMUMKAN kode/SEMUA pesan, RAPAT kode hari jam tempat, STATUS kode, DAFTAR kode, REKAP kode, TIPS",
        Role.Ketua or Role.Sekretaris =>
            "SALDO, RIWAYAT, BAYAR jml, HADIR/IZIN/SAKIT, JADWAL, RAPAT (ketua), SALAH kode, DAFTAR, REKAP, TIPS, BERHENTI",
        _ =>
            "SALDO, RIWAYAT, BAYAR jml (lapor angsuran), HADIR/IZIN/SAKIT, JADWAL, SALAH kode, TIPS usaha, BERHENTI",
    };

    /// <param name="greeting">How the reply opens: "Selamat pagi", or "Waalaikumsalam" to a salam.</param>
    public static string For(Sender sender, string greeting)
    {
        var greeted = $"{greeting}, {sender.Addressed}. Perintah: {Commands(sender.Role)}.";
        return SmsLength.FitsOneSegment(greeted) ? greeted : $"Perintah: {Commands(sender.Role)}.";
    }
}
