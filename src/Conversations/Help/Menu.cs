using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Help;

/// <summary>
/// MENU: what a person's role can type, in one SMS, or several on purpose when a role's commands
/// do not fit one (a pendamping's). Every item is written so that typing it exactly
/// as printed works: a command, or a command with the words that stand for its details
/// ("BAYAR jumlah"), which answers with how to fill them in (see <see cref="MenuWords"/>).
/// </summary>
public static class Menu
{
    private static IReadOnlyList<string> Items(Role role) => role switch
    {
        Role.Bendahara =>
            ["SETOR nama jumlah", "ANGSURAN nama jumlah", "TARIK nama jumlah", "ABSEN nomor", "KOREKSI kode", "TERIMA kode", "TOLAK kode", "DAFTAR", "REKAP", "TUNGGAKAN", "SALDO", "TANYA pesan"],
        Role.Pendamping =>
            ["UMUMKAN kode pesan", "RAPAT kode hari jam tempat", "RAPAT SEMUA hari jam tempat", "STATUS kode", "DAFTAR kode", "REKAP kode",
             "JAWAB kode pesan", "CAIR nama jumlah kali mingguan", "TUNGGAKAN kode", "DAFTAR ANGGOTA kode nomor nama", "GANTI NOMOR lama baru", "KELUAR kode nama",
             "GANTI KETUA kode nama", "GANTI BENDAHARA kode nama", "TIPS"],
        Role.Ketua =>
            ["SALDO", "RIWAYAT", "BAYAR jumlah", "HADIR", "IZIN", "SAKIT", "JADWAL", "RAPAT hari jam tempat", "SALAH kode", "DAFTAR", "REKAP", "TANYA pesan", "TIPS"],
        Role.Sekretaris =>
            ["SALDO", "RIWAYAT", "BAYAR jumlah", "HADIR", "IZIN", "SAKIT", "JADWAL", "SALAH kode", "DAFTAR", "REKAP", "TANYA pesan", "TIPS", "BERHENTI"],
        _ =>
            // Short enough to leave room for the greeting and the missed call (issue 14): SALAH, TANYA and
            // TIPS typed alone say how to go on, and INGATKAN is offered where it matters, with arrears.
            ["SALDO", "RIWAYAT", "BAYAR jumlah", "HADIR", "IZIN", "SAKIT", "JADWAL", "SALAH", "TANYA", "TIPS", "BERHENTI"],
    };

    /// <summary>The items as the menu prints them, for tests that type each one.</summary>
    public static IReadOnlyList<string> ItemsFor(Role role) => Items(role);

    /// <param name="greeting">How the reply opens: "Selamat pagi", or "Waalaikumsalam" to a salam.</param>
    /// <returns>
    /// One SMS; for a role whose commands do not fit one, several on purpose, each
    /// a whole list: "Ketik: ..." then "Ketik juga: ...".
    /// </returns>
    public static IReadOnlyList<string> For(Sender sender, string greeting)
    {
        var items = Items(sender.Role);
        // A member who learns that a missed call gets her balance for free need never pay for SALDO
        // (issue 14): that is worth more to her than the greeting, which goes first when both do not fit.
        // An officer's longer list keeps its one SMS without it.
        if (items.Contains("SALDO"))
        {
            var list = $"Ketik: {string.Join(", ", items)}. {CalledBalance.Invitation}.";
            foreach (var told in (string[])[$"{greeting}, {sender.Addressed}. {list}", list])
                if (SmsLength.FitsOneSegment(told)) return [told];
        }
        var greeted = $"{greeting}, {sender.Addressed}. Ketik: {string.Join(", ", items)}.";
        if (SmsLength.FitsOneSegment(greeted)) return [greeted];
        var bare = $"Ketik: {string.Join(", ", items)}.";
        if (SmsLength.FitsOneSegment(bare)) return [bare];

        var pages = new List<string>();
        var page = new List<string>();
        foreach (var item in items)
        {
            if (page.Count > 0 && !SmsLength.FitsOneSegment(Page(pages.Count, [.. page, item])))
            {
                pages.Add(Page(pages.Count, page));
                page = [];
            }
            page.Add(item);
        }
        pages.Add(Page(pages.Count, page));
        return pages;

        string Page(int number, IReadOnlyList<string> shown) =>
            (number == 0 ? $"{greeting}, {sender.Addressed}. Ketik: " : "Ketik juga: ") + string.Join(", ", shown) + ".";
    }
}
