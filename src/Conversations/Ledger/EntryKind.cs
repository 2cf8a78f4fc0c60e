namespace Pkkpm.Conversations.Ledger;

/// <summary>The three kinds of ledger entry, by the words the groups use.</summary>
public enum EntryKind
{
    /// <summary>A savings deposit.</summary>
    Setoran,

    /// <summary>A savings withdrawal.</summary>
    Penarikan,

    /// <summary>A loan repayment (instalment).</summary>
    Angsuran,
}
