using System.Text.RegularExpressions;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Engine;
using Pkkpm.Data.Stores;
using static Pkkpm.Bot.Tests.Authorization.Rule.Outcome;

namespace Pkkpm.Bot.Tests.Authorization;

/// <summary>
/// Who may do what, as a table: every command a person can send, typed through the real service by
/// each role of KPB Mawar (Ani anggota, Kartini ketua, Sekar sekretaris, Endang bendahara, Rina
/// pendamping) and by a number nobody registered, with codes of their own group and of KPB Melati
/// (accompanied by another pendamping, Budi).
/// </summary>
public class AuthorizationMatrixTests
{
    private const Rule.Outcome Y = Does, N = Refused;

    // Y: the command is done, and its reply reads as the pattern on the right. N: refused, or "not
    // found" worded exactly as for a code never issued; nothing is recorded, queued or left waiting
    // for YA, and the reply has no name, amount or code the sender did not type. No reply, Y or N,
    // tells anything about KPB Melati that was not typed, and nothing is queued for its people.
    // In what is typed: {own entry} is the sender's own deposit of today (the pendamping and the
    // unknown number, who have none, type Giyem's); {member's entry} Giyem's (anggota of Mawar);
    // {disputed entry} Painem's, which she disputed; {report} and {second report} repayments Giyem
    // and Painem reported; {other entry} and {other report} Tri's in Melati (her entry disputed);
    // {broadcast} Rina's to Mawar, {other broadcast} Budi's to Melati.
    private static readonly Rule[] Matrix =
    [
        //      typed                                anggota ketua sekretaris bendahara pendamping unregistered  a Y reply
        new("MENU",                                     Y,    Y,       Y,        Y,        Y,        N, "Ketik: "),
        new("SALDO",                                    Y,    Y,       Y,        Y,        N,        N, @"^Ibu \w+ \(KPB Mawar\): tabungan Rp"),
        new("angsuran minggu dpn brp",                  Y,    Y,       Y,        Y,        N,        N, @"^Ibu \w+ \(KPB Mawar\): tabungan Rp"),
        new("RIWAYAT",                                  Y,    Y,       Y,        Y,        N,        N, @"^Riwayat \w+: 27/11 setor Rp20\.000"),
        new("BAYAR 50rb",                               Y,    Y,       Y,        Y,        N,        N, @"^Lapor angsuran Rp50\.000 yang sudah Ibu bayar|^Untuk siapa '50rb'"),
        new("HADIR",                                    Y,    Y,       Y,        Y,        N,        N, "KPB Mawar .* tercatat: HADIR"),
        new("IZIN ke sawah",                            Y,    Y,       Y,        Y,        N,        N, "KPB Mawar .* tercatat: IZIN"),
        new("SAKIT",                                    Y,    Y,       Y,        Y,        N,        N, "KPB Mawar .* tercatat: SAKIT"),
        new("JADWAL",                                   Y,    Y,       Y,        Y,        N,        N, "^Pertemuan KPB Mawar berikutnya"),
        new("SALAH {own entry} saya setor 25rb",        Y,    Y,       Y,        Y,        N,        N, "ditandai untuk diperiksa"),
        new("SALAH {member's entry}",                   N,    N,       N,        N,        N,        N),
        new("SALAH {other entry}",                      N,    N,       N,        N,        N,        N),
        // A member's KOREKSI of her own entry disputes it, as SALAH does (here the second time: one
        // dispute stays open, and she is told so); the bendahara's reverses it.
        new("KOREKSI {own entry}",                      Y,    Y,       Y,        Y,        N,        N, "sudah ditandai dan sedang diperiksa|^Koreksi: batalkan setoran Rp20\\.000 Endang"),
        new("KOREKSI {member's entry}",                 N,    N,       N,        Y,        N,        N, "^Koreksi: batalkan setoran Rp20\\.000 Giyem"),
        new("KOREKSI {other entry}",                    N,    N,       N,        N,        N,        N),
        new("TERIMA {report}",                          N,    N,       N,        Y,        N,        N, "^Diterima: angsuran Giyem Rahayu Rp50\\.000"),
        new("TERIMA {disputed entry}",                  N,    N,       N,        Y,        N,        N, "dinyatakan benar; Painem Suryani sudah diberi tahu"),
        new("TERIMA {other report}",                    N,    N,       N,        N,        N,        N),
        new("TERIMA {other entry}",                     N,    N,       N,        N,        N,        N),
        new("TOLAK {second report} belum bayar",        N,    N,       N,        Y,        N,        N, @"^Laporan \w+ \(Painem Suryani\) ditolak"),
        new("TOLAK {other report} belum bayar",         N,    N,       N,        N,        N,        N),
        new("SETOR Giyem 20rb",                         N,    N,       N,        Y,        N,        N, "^Setoran Giyem Rahayu Rp20\\.000\\. Balas YA"),
        new("SETOR Tri 20rb",                           N,    N,       N,        N,        N,        N),
        new("SETOR",                                    N,    N,       N,        Y,        N,        N, @"^Setoran Ani Lestari \(1/6\)\?"),
        new("ANGSURAN Giyem 50rb",                      N,    N,       N,        Y,        N,        N, "^Angsuran Giyem Rahayu Rp50\\.000\\. Balas YA"),
        new("ANGSURAN Tri 50rb",                        N,    N,       N,        N,        N,        N),
        new("TARIK Giyem 10rb",                         N,    N,       N,        Y,        N,        N, "^Penarikan Giyem Rahayu Rp10\\.000\\. Balas YA"),
        new("TARIK Tri 10rb",                           N,    N,       N,        N,        N,        N),
        new("ABSEN 1 2",                                N,    N,       N,        Y,        N,        N, "^Absen KPB Mawar 30/11 dicatat: hadir 2"),
        new("DAFTAR",                                   N,    Y,       Y,        Y,        Y,        N, @"^KPB Mawar \(6 anggota\): 1 Ani Lestari"),
        new("DAFTAR MAWAR",                             N,    Y,       Y,        Y,        Y,        N, @"^KPB Mawar \(6 anggota\): 1 Ani Lestari"),
        new("DAFTAR MELATI",                            N,    N,       N,        N,        N,        N),
        new("REKAP",                                    N,    Y,       Y,        Y,        Y,        N, "^Rekap MAWAR 27/11: tabungan Rp"),
        new("REKAP MAWAR",                              N,    Y,       Y,        Y,        Y,        N, "^Rekap MAWAR 27/11: tabungan Rp"),
        new("REKAP MELATI",                             N,    N,       N,        N,        N,        N),
        new("UMUMKAN MAWAR Besok kerja bakti",          N,    N,       N,        N,        Y,        N, "^Pengumuman ke 6 anggota KPB Mawar"),
        new("UMUMKAN MELATI Besok kerja bakti",         N,    N,       N,        N,        N,        N),
        // SEMUA is every group of her own, and no other.
        new("UMUMKAN SEMUA Besok kerja bakti",          N,    N,       N,        N,        Y,        N, "^Pengumuman ke 6 anggota KPB Mawar"),
        new("STATUS {broadcast}",                       N,    N,       N,        N,        Y,        N, @"^Pengumuman U\d+ ke 6 nomor"),
        new("STATUS {other broadcast}",                 N,    N,       N,        N,        N,        N),
        // Who may not call a meeting is shown the next one of their own group.
        new("RAPAT MAWAR Senin 15.00 Balai Desa",       N,    Y,       N,        N,        Y,        N, "^Rapat KPB Mawar Senin 30/11 jam 15\\.00 di Balai Desa: undangan ke"),
        new("RAPAT MELATI Senin 15.00 Balai Desa",      N,    N,       N,        N,        N,        N),
        new("RAPAT Senin 15.00 Balai Desa",             N,    Y,       N,        N,        N,        N, "^Rapat KPB Mawar Senin 30/11 jam 15\\.00 di Balai Desa: undangan ke"),
        new("TIPS",                                     Y,    Y,       Y,        Y,        Y,        N, "Balas TIPS untuk tips lain"),
        new("TIPS LANGGANAN",                           Y,    Y,       Y,        Y,        Y,        N, "berlangganan tips usaha mingguan"),
        new("TIPS BERHENTI",                            Y,    Y,       Y,        Y,        Y,        N, "tips"),
        new("BERHENTI",                                 Y,    Y,       Y,        Y,        Y,        N, "tidak dikirim lagi"),
        new("MULAI",                                    Y,    Y,       Y,        Y,        Y,        N, "akan dikirim lagi"),
        // Nothing waits for an answer: YA and LANJUT do nothing.
        new("YA",                                       N,    N,       N,        N,        N,        N),
        new("LANJUT",                                   N,    N,       N,        N,        N,        N),
    ];

    private static readonly Dictionary<string, string> PhoneOf = new()
    {
        ["anggota"] = TwoGroups.Ani, ["ketua"] = TwoGroups.Kartini, ["sekretaris"] = TwoGroups.Sekar,
        ["bendahara"] = TwoGroups.Endang, ["pendamping"] = TwoGroups.Rina, ["unregistered"] = TwoGroups.Unregistered,
    };

    [Fact]
    public async Task Every_role_may_do_what_the_matrix_says_and_a_refusal_tells_nothing()
    {
        using var seeds = TwoGroups.Seeds();
        // Each phone types the whole matrix at once: the flood limits (tested in Floods) stay out of it.
        await using var app = new BotApplication(seeds.Path, new()
        {
            ["Limits:MessagesPerPhonePerMinute"] = "0",
            ["Limits:MessagesPerPhonePerDay"] = "0",
            ["Limits:UnregisteredRepliesPerDay"] = "0",
            ["Limits:LoopRepeats"] = "0",
        });
        var groups = await TwoGroups.MakeAsync(app);
        var problems = new List<string>();

        foreach (var role in Rule.Roles)
            foreach (var rule in Matrix)
                problems.AddRange(await TryAsync(app, groups, role, rule));

        Assert.True(problems.Count == 0, $"{problems.Count} cells of the matrix do not hold:\n" + string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> TryAsync(BotApplication app, TwoGroups groups, string role, Rule rule)
    {
        var phone = PhoneOf[role];
        var (typed, code) = Resolve(rule.Typed, phone, groups);
        var problems = new List<string>();
        void Problem(string what) => problems.Add($"{role} typed '{typed}': {what}");

        var before = await Records.SnapshotAsync(app);
        var queuedBefore = (await app.OutboxAsync()).Count;
        var reply = string.Join(" ", (await app.Twilio.SmsAsync(phone, typed)).Replies);
        var after = await Records.SnapshotAsync(app);

        foreach (var word in Untyped(OfMelati(groups), typed).Where(word => Mentions(reply, word)))
            Problem($"the reply mentions {word} of KPB Melati: {reply}");
        foreach (var row in (await app.OutboxAsync()).Skip(queuedBefore).Where(row => !TwoGroups.Mawar.Contains(row.ToPhone)))
            Problem($"a message was queued for {row.ToPhone}, outside KPB Mawar: {row.Body}");

        if (rule.For(role) == Does)
        {
            if (!Regex.IsMatch(reply, rule.Done)) Problem($"expected it done ({rule.Done}), got: {reply}");
            await DropWhatWaitsAsync(app, phone);
            return problems;
        }

        if (before != after) Problem($"a refusal changed the records: {Records.Difference(before, after)}");
        foreach (var word in Untyped(OfOthers(groups, phone), typed).Where(word => Mentions(reply, word)))
            Problem($"the refusal mentions {word}: {reply}");
        if (Regex.IsMatch(reply, @"Rp\s?\d")) Problem($"the refusal mentions an amount: {reply}");
        if (role == "unregistered" && reply != Texts.Unregistered) Problem($"an unknown number got more than the registration notice: {reply}");
        if (code is not null)
        {
            // "Not found" for somebody else's code must read exactly as for a code nobody has.
            var neverIssued = code.StartsWith('U') ? "U999" : EntryCodes.Encode(300_000);
            var unknown = string.Join(" ", (await app.Twilio.SmsAsync(phone, typed.Replace(code, neverIssued))).Replies);
            if (unknown.Replace(neverIssued, "<kode>") != reply.Replace(code, "<kode>"))
                Problem($"the refusal differs from the one for a code never issued: '{reply}' against '{unknown}'");
        }
        await DropWhatWaitsAsync(app, phone);
        return problems;
    }

    private static (string Typed, string? Code) Resolve(string typed, string phone, TwoGroups groups)
    {
        var codes = new Dictionary<string, string>
        {
            ["{own entry}"] = groups.EntryOf.GetValueOrDefault(phone, groups.EntryOf[TwoGroups.Giyem]),
            ["{member's entry}"] = groups.EntryOf[TwoGroups.Giyem],
            ["{disputed entry}"] = groups.EntryOf[TwoGroups.Painem],
            ["{report}"] = groups.GroupReport,
            ["{second report}"] = groups.SecondGroupReport,
            ["{other entry}"] = groups.OtherGroupEntry,
            ["{other report}"] = groups.OtherGroupReport,
            ["{broadcast}"] = groups.RinasBroadcast,
            ["{other broadcast}"] = groups.BudisBroadcast,
        };
        foreach (var (placeholder, code) in codes)
            if (typed.Contains(placeholder)) return (typed.Replace(placeholder, code), code);
        return (typed, null);
    }

    /// <summary>What no reply to a person of KPB Mawar may mention: Melati's name, people and codes.</summary>
    private static IEnumerable<string> OfMelati(TwoGroups groups) =>
        TwoGroups.Names.Where(p => !TwoGroups.Mawar.Contains(p.Key)).SelectMany(p => NameWords(p.Value))
            .Concat(["Melati", "MELATI", groups.OtherGroupEntry, groups.OtherGroupReport, groups.BudisBroadcast]);

    /// <summary>What a refusal may not mention: anybody but the sender, and every code.</summary>
    private static IEnumerable<string> OfOthers(TwoGroups groups, string phone) =>
        TwoGroups.Names.Where(p => p.Key != phone).SelectMany(p => NameWords(p.Value)).Concat(["Melati", "MELATI"]).Concat(groups.Codes);

    private static IEnumerable<string> NameWords(string name) => [name, name.Split(' ')[0]];

    /// <summary>What the sender typed may be echoed.</summary>
    private static IEnumerable<string> Untyped(IEnumerable<string> words, string typed) => words.Where(word => !Mentions(typed, word)).Distinct();

    private static bool Mentions(string text, string word) => Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b");

    /// <summary>BATAL to whatever waits for YA, so that every cell starts from nothing waiting.</summary>
    private static async Task DropWhatWaitsAsync(BotApplication app, string phone)
    {
        if (await StepAsync(app, phone) is null or "Idle") return;
        await app.Twilio.SmsAsync(phone, "BATAL");
        Assert.Equal("Idle", await StepAsync(app, phone));
    }

    private static async Task<string?> StepAsync(BotApplication app, string phone)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<string?>("select step from conversations where phone = @phone", new { phone });
    }
}
