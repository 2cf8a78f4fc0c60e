using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>A meeting (or RAPAT SEMUA's meetings) checked and summarised, as the console holds it until "Ya".</summary>
public sealed class MeetingCall
{
    internal MeetingCall(Draft draft) => Draft = draft;

    internal Draft Draft { get; }

    /// <summary>The chat's summary, without its "Balas YA" prompt.</summary>
    public string Summary => Draft switch
    {
        MeetingDraft one => one.Question,
        AllMeetingsDraft all => all.Question,
        _ => throw new InvalidOperationException(Draft.GetType().Name),
    };
}
