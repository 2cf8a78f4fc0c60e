using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Questions;

/// <summary>The words of TANYA and JAWAB. Every SMS is one GSM-7 segment; a long answer goes as
/// several, each whole, on purpose (the member must get all of it).</summary>
public static class QuestionTexts
{
    private const string Ellipsis = "...";

    private static readonly char[] Separators = [' ', '\t', '\n', '#', ':', ',', '.', ';'];

    /// <summary>To the pendamping: who asks, from which group, what fits of the question, and how to answer.</summary>
    public static string Forward(string code, string askerAddressed, string groupCode, string question)
    {
        // Fold trims: the space after the colon is added after it.
        var before = Gsm7Text.Fold($"Pertanyaan {code} dari {askerAddressed} ({groupCode}):") + " ";
        var after = $" Balas: JAWAB {code} pesan";
        var room = SmsLength.SingleGsm7 - SmsLength.Septets(before) - SmsLength.Septets(after);
        return before + Cut(Gsm7Text.Fold(question), room) + after;
    }

    internal static string Acknowledged(Sender sender, string code, IReadOnlyList<Officer> pendamping)
    {
        var names = string.Join(", ", pendamping.Select(p => $"{Salutations.Short(p.Salutation)} {Names.First(p.Name)}".Trim()));
        var full = $"Terima kasih {sender.Addressed}, pertanyaan {code} sudah dikirim ke pendamping ({names}). Jawabannya akan dikirim lewat SMS.";
        return SmsLength.FitsOneSegment(Gsm7Text.Fold(full)) ? full
            : $"Terima kasih {sender.Addressed}, pertanyaan {code} sudah dikirim ke pendamping. Jawabannya akan dikirim lewat SMS.";
    }

    internal static string NobodyToAsk(Sender sender, string code) =>
        $"Terima kasih {sender.Addressed}, pertanyaan {code} tersimpan, tetapi kelompok belum punya pendamping terdaftar. Silakan tanya ketua kelompok.";

    internal static string AskUsage(Sender sender) =>
        $"Tulis: TANYA lalu pertanyaan {sender.Salutation}, misalnya TANYA kapan pelatihan pembukuan? Pertanyaan dikirim ke pendamping kelompok.";

    internal static string AnswerUsage() =>
        "Tulis: JAWAB kode pesan, misalnya JAWAB K7QA Pelatihan hari Kamis jam 9. Kodenya ada di SMS pertanyaan.";

    internal static string NotFound(Sender sender, string typedCode) =>
        $"Pertanyaan {Cut(Gsm7Text.Fold(typedCode), 12)} tidak ditemukan di kelompok dampingan {sender.Salutation}. Periksa kodenya di SMS pertanyaan.";

    internal static string EmptyAnswer(string code) =>
        $"Tulis jawabannya setelah kode, misalnya JAWAB {code} Pelatihan hari Kamis jam 9.";

    internal static string Answered(QuestionInfo question)
    {
        var sent = $"Jawaban {question.Code} dikirim ke {question.AskerAddressed} ({question.GroupCode}).";
        return question.Answers > 0 ? $"{sent} Pertanyaan ini sudah pernah dijawab; ini jawaban tambahan." : sent;
    }

    internal static string MembersAsk(Sender sender) =>
        $"Maaf {sender.Addressed}, TANYA untuk anggota kelompok. Pendamping menjawab pertanyaan dengan JAWAB kode pesan.";

    internal static string PendampingAnswers(Sender sender) =>
        $"Maaf {sender.Addressed}, JAWAB hanya untuk pendamping. Untuk bertanya ke pendamping, ketik TANYA lalu pertanyaan {sender.Salutation}.";

    /// <summary>The answer as the member gets it: one SMS, or several when it is long, none cut.</summary>
    /// <param name="answererRole">The person who answered, by role: an admin answers from the console too.</param>
    public static IReadOnlyList<string> AnswerPages(Role answererRole, string answererFirstName, string code, string answer)
    {
        var who = answererRole == Role.Pendamping ? "Pendamping" : "Petugas program";
        var opening = Gsm7Text.Fold($"Jawaban dari {who} {answererFirstName} ({code}):");
        var words = Gsm7Text.Fold(answer).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => Chunks(w, SmsLength.SingleGsm7));
        return SmsPages.Pack([opening, .. words], " ");
    }

    /// <summary>The text after the message's first word: "TANYA: kapan cair?" gives "kapan cair?".</summary>
    public static string AfterFirstWord(string text)
    {
        var trimmed = text.TrimStart(Separators);
        var end = trimmed.IndexOfAny(Separators);
        return end < 0 ? "" : trimmed[end..].Trim(Separators).Trim();
    }

    public static string FirstWord(string text)
    {
        var trimmed = text.TrimStart(Separators);
        var end = trimmed.IndexOfAny(Separators);
        return end < 0 ? trimmed : trimmed[..end];
    }

    /// <summary>At most <paramref name="septets"/> GSM-7 septets, ending in "..." when cut.</summary>
    private static string Cut(string text, int septets)
    {
        if (SmsLength.Septets(text) <= septets) return text;
        var length = 0;
        var used = 0;
        while (length < text.Length && used + SmsLength.Septets(text[length]) <= septets - Ellipsis.Length)
            used += SmsLength.Septets(text[length++]);
        return text[..length].TrimEnd() + Ellipsis;
    }

    // A "word" longer than one SMS (a link, a run of letters) is split rather than lost.
    private static IEnumerable<string> Chunks(string word, int size)
    {
        for (var at = 0; at < word.Length; at += size) yield return word[at..Math.Min(word.Length, at + size)];
    }
}
