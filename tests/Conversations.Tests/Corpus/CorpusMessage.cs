using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Corpus;

/// <summary>One labelled line of the corpus: who wrote what, when, and what it means.</summary>
public sealed record CorpusMessage(string Source, int Line, Role Role, Awaiting Awaiting, string Text, Intent Intent, string Arguments)
{
    public ReadingContext Context => new(Role, Awaiting);

    public override string ToString() => $"{Source}:{Line} [{Role.ToCode()}, {Awaiting}] {Text}";

    /// <summary>Every *.tsv of the corpus folder (copied beside the tests), in a stable order.</summary>
    public static IReadOnlyList<CorpusMessage> Load(string folder) =>
        [.. Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(Read)];

    private static IEnumerable<CorpusMessage> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != "role\tstate\ttext\tintent\targuments")
            throw new InvalidDataException($"{file}: the first line must be the header role, state, text, intent, arguments (tab-separated).");
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var columns = lines[i].Split('\t');
            if (columns.Length != 5)
                throw new InvalidDataException($"{file}:{i + 1}: {columns.Length} columns, expected 5.");
            if (!Roles.TryParse(columns[0], out var role))
                throw new InvalidDataException($"{file}:{i + 1}: unknown role '{columns[0]}'.");
            if (!Enum.TryParse<Intent>(columns[3], out var intent))
                throw new InvalidDataException($"{file}:{i + 1}: unknown intent '{columns[3]}'.");
            yield return new CorpusMessage(file, i + 1, role, State(columns[1], file, i + 1), columns[2], intent, columns[4]);
        }
    }

    private static Awaiting State(string state, string file, int line) => state switch
    {
        "idle" => Awaiting.Nothing,
        "confirming" => Awaiting.Confirmation,
        "round" => Awaiting.RoundAmount,
        "notice" => Awaiting.MeetingReply,
        _ => throw new InvalidDataException($"{file}:{line}: unknown state '{state}'."),
    };
}
