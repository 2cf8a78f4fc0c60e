using System.Text.RegularExpressions;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// Who may do what. A treasurer records for the members of their own group; a member acts only
/// on themselves; ketua and sekretaris read their group; a pendamping reads the groups they
/// accompany. A refusal says what the person can do instead and nothing about anybody else.
/// </summary>
internal static partial class Permissions
{
    public static bool IsTreasurer(Sender sender) => sender.Role == Role.Bendahara && sender.HomeGroup is not null;

    public static bool IsMember(Sender sender) => sender.Role != Role.Pendamping && sender.HomeGroup is not null;

    /// <summary>RAPAT with a group: the pendamping of that group, or the group's ketua.</summary>
    public static bool SchedulesMeetings(Sender sender) => sender.Role is Role.Pendamping or Role.Ketua;

    public static bool ReadsGroups(Sender sender) =>
        sender.Role is Role.Bendahara or Role.Ketua or Role.Sekretaris or Role.Pendamping && sender.Groups.Count > 0;

    /// <summary>"SALAH K7QA" disputes; "KOREKSI K7QA" corrects. Both read as the correction intent.</summary>
    public static bool SaysSalah(string body) => SalahFirst().IsMatch(body);

    public static string? Refusal(Sender sender, Intent intent) => intent switch
    {
        Intent.Deposit or Intent.Withdrawal or Intent.AttendanceRoll or Intent.Reject when !IsTreasurer(sender) =>
            TreasurerOnly(sender, intent),
        Intent.Accept when !IsTreasurer(sender) => TreasurerOnly(sender, intent),
        Intent.Correction when !IsTreasurer(sender) && !IsMember(sender) => MembersOnly(sender),
        Intent.Balance or Intent.Loan or Intent.Repayment or Intent.Present or Intent.Excused or Intent.Sick or Intent.History
            when !IsMember(sender) => MembersOnly(sender),
        Intent.MemberList or Intent.Summary when !ReadsGroups(sender) => OfficersOnly(sender),
        Intent.Broadcast or Intent.BroadcastStatus when sender.Role != Role.Pendamping =>
            $"Maaf {sender.Addressed}, pengumuman dikirim oleh pendamping kelompok. Ketik JADWAL untuk pertemuan berikutnya.",
        Intent.Schedule when !SchedulesMeetings(sender) && !IsMember(sender) => MembersOnly(sender),
        Intent.Register or Intent.ChangeNumber or Intent.Leave or Intent.NameOfficer when sender.Role != Role.Pendamping =>
            $"Maaf {sender.Addressed}, anggota didaftarkan, diganti nomornya atau dikeluarkan oleh pendamping kelompok. Silakan hubungi pendamping.",
        Intent.Ask when !IsMember(sender) => Questions.QuestionTexts.MembersAsk(sender),
        Intent.Answer when sender.Role != Role.Pendamping => Questions.QuestionTexts.PendampingAnswers(sender),
        Intent.Disburse when sender.Role != Role.Pendamping || sender.Groups.Count == 0 =>
            $"Maaf {sender.Addressed}, pencairan pinjaman dicatat oleh pendamping kelompok. Ketik SALDO untuk melihat pinjaman.",
        Intent.ArrearsList when !(IsTreasurer(sender) || sender.Role == Role.Pendamping && sender.Groups.Count > 0) =>
            $"Maaf {sender.Addressed}, daftar tunggakan untuk bendahara dan pendamping. Ketik SALDO untuk pinjaman {sender.Salutation} sendiri.",
        Intent.ArrearsReminder when !IsMember(sender) => MembersOnly(sender),
        _ => null,
    };

    private static string TreasurerOnly(Sender sender, Intent intent) => intent == Intent.Deposit && IsMember(sender)
        ? $"{sender.Addressed}, setoran dicatat oleh bendahara kelompok. Ketik SALDO untuk melihat tabungan {sender.Salutation}."
        : $"Maaf {sender.Addressed}, {Vocabulary.CanonicalKeyword(intent)} hanya untuk bendahara kelompok. Ketik MENU untuk bantuan.";

    private static string MembersOnly(Sender sender) =>
        $"Maaf {sender.Addressed}, ini hanya untuk anggota kelompok. Ketik MENU untuk bantuan.";

    private static string OfficersOnly(Sender sender) =>
        $"Maaf {sender.Addressed}, ini untuk pengurus kelompok dan pendamping. Ketik SALDO untuk tabungan {sender.Salutation}.";

    [GeneratedRegex(@"^\W*salah\b", RegexOptions.IgnoreCase)]
    private static partial Regex SalahFirst();
}
