namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Questions that use the words of a command: "angsuran saya kurang berapa" asks about the loan,
/// it does not report an instalment; "sukarela saya berapa" asks for the savings; "setoran kemarin
/// sudah masuk belum?" asks for the history.
/// </summary>
internal static class Questions
{
    private static readonly HashSet<string> Recorded = ["masuk", "tercatat", "dicatat", "kecatat"];

    public static Intent Refine(Intent intent, Sentence sentence)
    {
        if (intent is not (Intent.Repayment or Intent.Deposit or Intent.Withdrawal) || !sentence.Asks || sentence.HasAmount)
            return intent;
        if (intent == Intent.Deposit && sentence.Has(Recorded)) return Intent.History;
        return intent == Intent.Repayment ? Intent.Loan : Intent.Balance;
    }
}
