using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// RAPAT and RAPAT SEMUA for the console: the chat's own checks, summary and recording
/// (<see cref="MeetingFlow"/>, <see cref="MeetingsForAll"/>), with the form's date and time instead
/// of typed words. Nothing here decides anything the chat does not.
/// </summary>
public static class MeetingCalls
{
    /// <summary>What the group choice says for every group of the pendamping (RAPAT SEMUA).</summary>
    public const string AllGroups = Broadcasts.BroadcastFlow.Everyone;

    /// <summary>The summary to confirm, or the chat's refusal; nothing is written.</summary>
    public static async Task<Checked<MeetingCall>> CheckAsync(IConversationData data, Sender by, MeetingRequest request, DateTimeOffset now, int reminderHour,
        CancellationToken cancellationToken)
    {
        if (!Permissions.SchedulesMeetings(by) && by.Role != Role.Admin)
            return Checked<MeetingCall>.Refused($"Maaf {by.Addressed}, hanya pendamping yang dapat mengundang rapat.");
        var (draft, refusal) = await MeetingFlow.ProposeAsync(data, by, request, now, reminderHour, cancellationToken);
        return draft is null ? Checked<MeetingCall>.Refused(refusal!) : Checked<MeetingCall>.Ready(new MeetingCall(draft));
    }

    /// <summary>"Ya": recorded as the chat's YA records it (meetings, reminders, notices); the answer, or null if
    /// <paramref name="by"/> may no longer call it.</summary>
    public static async Task<string?> RecordAsync(IConversationData data, Sender by, MeetingCall call, DateTimeOffset now, int reminderHour,
        CancellationToken cancellationToken)
    {
        if (!call.Draft.MayBeConfirmedBy(by)) return null;
        return call.Draft switch
        {
            MeetingDraft one => await MeetingFlow.RecordAsync(data, one, now, reminderHour, cancellationToken),
            AllMeetingsDraft all => await MeetingsForAll.RecordAsync(data, all, now, reminderHour, cancellationToken),
            _ => throw new InvalidOperationException(call.Draft.GetType().Name),
        };
    }
}
