namespace Pkkpm.Conversations.Arrears;

/// <summary>One member behind on her loan: what is late, in rupiah and instalments, and since when.</summary>
public sealed record MemberArrears(string Name, string GroupCode, long Amount, int InstalmentsLate, int DaysLate)
{
    public string Line(bool withGroup) =>
        $"{Name}{(withGroup ? $" ({GroupCode})" : "")} {Money.Rupiah.Format(Amount)} {InstalmentsLate}x";
}
