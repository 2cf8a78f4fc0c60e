namespace Pkkpm.Conversations.Deposits;

/// <summary>How the treasurer named a member in a SETOR, ANGSURAN or TARIK line. Only a
/// <see cref="MemberMatcher"/> knows whether that person is in the group.</summary>
public abstract record MemberRef
{
    // Closed: these three are the only ways to name a member.
    private MemberRef() { }

    /// <summary>For replies ("Sri tidak ada di daftar"): the number, the E.164 phone, or the name.</summary>
    public abstract string Text { get; }

    /// <summary>The member's number on the group list (1-99).</summary>
    public sealed record ByNumber(int ListNumber) : MemberRef
    {
        public override string Text => ListNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A phone number, already in E.164 (+62812...).</summary>
    public sealed record ByPhone(string E164) : MemberRef
    {
        public override string Text => E164;
    }

    /// <summary>A name as typed, its words joined by single spaces ("Bu Sri W").</summary>
    public sealed record ByName(string Name) : MemberRef
    {
        public override string Text => Name;
    }
}
