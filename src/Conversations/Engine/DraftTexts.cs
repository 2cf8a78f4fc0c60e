using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Engine;

/// <summary>What we say when a draft is cancelled, replaced or asked about again.</summary>
internal static class DraftTexts
{
    public static string Cancelled(Sender sender, Draft draft) =>
        $"Baik {sender.Addressed}, {draft.Noun} dibatalkan. Tidak ada yang {draft.NotDone}.";

    /// <summary>The first words of a reply to a new command that replaced a draft: nobody should
    /// believe a summary they never confirmed was kept.</summary>
    public static string Replaced(Draft draft) => $"{Capitalized(draft.Noun)} sebelumnya TIDAK {draft.NotDone}.";

    /// <summary>An answer that says neither yes nor no (or both): nothing is done, the question stands.</summary>
    public static string AskAgain(Draft draft) => $"{Capitalized(draft.Noun)} belum {draft.NotDone}. {draft.Prompt}";

    /// <summary>YA from someone whose role or group changed since the summary: nothing is done.</summary>
    public static string NoLongerAllowed(Sender sender, Draft draft) =>
        $"Maaf {sender.Addressed}, {draft.Noun} ini TIDAK {draft.NotDone}: {sender.Salutation} tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.";

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
