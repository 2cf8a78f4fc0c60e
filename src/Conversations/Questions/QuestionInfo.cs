using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Questions;

/// <summary>A member's question as JAWAB finds it: whose, in which group, and how often it was answered.</summary>
public sealed record QuestionInfo(
    long QuestionId,
    string Code,
    long GroupId,
    string GroupCode,
    long AskedByPersonId,
    string AskerName,
    string AskerSalutation,
    string? AskerPanggilan,
    string AskerPhone,
    string Text,
    DateTimeOffset AskedAt,
    int Answers)
{
    /// <summary>"Ibu Sri": how the answer's confirmation names her.</summary>
    public string AskerAddressed => $"{AskerSalutation} {Names.Short(AskerName, AskerPanggilan)}";
}
