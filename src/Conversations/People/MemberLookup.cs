using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Groups;

namespace Pkkpm.Conversations.People;

/// <summary>
/// The member a pendamping names in KELUAR or GANTI KETUA: by phone, by list number or by name, with
/// the treasurer's rules (<see cref="MemberMatcher"/>). Two who fit are never chosen between.
/// </summary>
public static class MemberLookup
{
    public static (RosterMember? Member, string? Refusal) Find(Sender sender, GroupRef group, IReadOnlyList<RosterMember> roster, string typed)
    {
        typed = typed.Trim().Trim('#', ':', ',', '.');
        if (typed.Length == 0) return (null, null);
        MemberRef reference = TypedPhones.TryMobile(typed, out var phone) ? new MemberRef.ByPhone(phone)
            : typed.Length <= 3 && typed.All(char.IsAsciiDigit) ? new MemberRef.ByNumber(int.Parse(typed, System.Globalization.CultureInfo.InvariantCulture))
            : new MemberRef.ByName(typed);
        return MemberMatcher.Match(reference, roster) switch
        {
            MemberMatch.Found found => (found.Member, null),
            MemberMatch.Ambiguous many => (null, Sms.SmsPages.ListWithin($"Maaf {sender.Addressed}, ada beberapa yang cocok: ",
                many.Candidates.Select(m => m.Name).ToList(), ". Tulis nama lengkap atau nomor HP-nya.")),
            _ => (null, $"Maaf {sender.Addressed}, {AmountTexts.Short(typed)} tidak ada di daftar {group.Name}. Ketik DAFTAR {group.Code} untuk melihat daftarnya."),
        };
    }

    /// <summary>"Bu Sri", "Pak Slamet": a member as others are told about her.</summary>
    public static string Named(RosterMember member) =>
        $"{Salutations.Short(member.Salutation)} {Names.Short(member.Name, member.Panggilan)}".Trim();
}
