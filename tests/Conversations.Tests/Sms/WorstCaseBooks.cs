using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Tests.Engine;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>The store filled with a <see cref="WorstCase"/>: group 1 has the long names, its first
/// member owes on three loans, the pendamping accompanies 15 groups of 99 members.</summary>
internal static class WorstCaseBooks
{
    public const string Member = "+6281211110001", Ketua = "+6281211110002", Sekretaris = "+6281211110003", Bendahara = "+6281211110004";
    public const string Pendamping = "+6281211110009", Stranger = "+6285700000000";
    public const long PendampingId = 9_999;

    private static readonly Role[] FirstRoles = [Role.Anggota, Role.Ketua, Role.Sekretaris, Role.Bendahara];
    private static readonly string[] FirstPhones = [Member, Ketua, Sekretaris, Bendahara];

    public static FakeConversationData Fill(WorstCase worst)
    {
        var data = new FakeConversationData();
        var groups = worst.GroupCodes.Select((code, i) => new GroupRef(i + 1, code, worst.GroupName)).ToList();

        data.Rosters[1] = worst.Names.Select((name, i) => new RosterMember(i + 1, i + 1, name,
            i < FirstPhones.Length ? FirstPhones[i] : $"+62813{i:D8}", worst.Salutation, i < FirstRoles.Length ? FirstRoles[i] : Role.Anggota)).ToList();
        foreach (var member in data.Rosters[1])
        {
            data.People[member.Phone] = new Sender(member.PersonId, member.Name, member.Role, worst.Salutation, [groups[0]]);
        }
        // The other groups: 99 members each, a few of whom said BERHENTI.
        foreach (var group in groups.Skip(1))
        {
            data.Rosters[group.GroupId] = Enumerable.Range(1, 99).Select(n => new RosterMember(group.GroupId * 1_000 + n, n,
                "Sulastri Ngatmini", $"+62814{group.GroupId:D3}{n:D5}", Salutations.Ibu, Role.Anggota)).ToList();
            data.OptedOut.Add(group.GroupId * 1_000 + 1);
        }

        data.People[Pendamping] = new Sender(PendampingId, worst.PendampingName, Role.Pendamping, worst.Salutation, groups);
        data.OpeningSavings[1] = worst.Savings;
        var treasurer = data.Rosters[1][3];
        data.Officers[1] =
        [
            new Officer(treasurer.PersonId, treasurer.Name, treasurer.Phone, worst.Salutation, Role.Bendahara),
            new Officer(PendampingId, worst.PendampingName, Pendamping, worst.Salutation, Role.Pendamping),
        ];
        foreach (var group in groups)
            data.Meetings[group.GroupId] = new MeetingSchedule("Senin", new TimeOnly(15, 0), worst.Place, "mingguan");

        // Disbursed long ago: every instalment is due, so all of it is arrears.
        for (var i = 0; i < worst.Loans.Count; i++)
        {
            var (instalments, amount) = worst.Loans[i];
            data.Loans.Add((1, 1, new Loan(i + 1, instalments * amount, new DateOnly(2025, 6, 2), instalments, amount, LoanFrequency.Mingguan, 0)));
        }
        foreach (var category in Tip.Categories)
            data.Tips.Add(new Tip($"{category[0]}1", category, worst.Tip));
        return data;
    }
}
