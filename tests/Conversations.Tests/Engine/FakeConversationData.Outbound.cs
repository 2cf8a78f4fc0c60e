using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>Opt-outs, broadcasts, meetings and tips, held in memory.</summary>
internal sealed partial class FakeConversationData
{
    public HashSet<long> OptedOut { get; } = [];
    public HashSet<long> TipSubscribers { get; } = [];
    public List<Tip> Tips { get; } = [];
    public List<(long PersonId, string Code)> TipsGiven { get; } = [];
    public List<ScheduledMeeting> ScheduledMeetings { get; } = [];
    public List<(long Id, IReadOnlyList<long> Groups, string Body, string Kind)> Broadcasts { get; } = [];
    public Dictionary<long, BroadcastProgress> BroadcastProgress { get; } = [];

    public Task SetOptedOutAsync(long personId, bool optedOut, CancellationToken cancellationToken)
    {
        if (optedOut) OptedOut.Add(personId); else OptedOut.Remove(personId);
        return Task.CompletedTask;
    }

    private IEnumerable<long> AudienceOf(IReadOnlyList<long> groupIds) =>
        groupIds.SelectMany(g => Rosters.GetValueOrDefault(g) ?? []).Where(m => m.Phone != CurrentSenderPhone).Select(m => m.PersonId).Distinct();

    public string? CurrentSenderPhone { get; set; }

    public Task<Audience> GetAudienceAsync(IReadOnlyList<long> groupIds, CancellationToken cancellationToken)
    {
        var members = AudienceOf(groupIds).ToList();
        return Task.FromResult(new Audience(members.Count, members.Count(OptedOut.Contains)));
    }

    public async Task<BroadcastSent> BroadcastAsync(IReadOnlyList<long> groupIds, string body, string kind, Audience? counted, CancellationToken cancellationToken)
    {
        var audience = counted ?? await GetAudienceAsync(groupIds, cancellationToken);
        Broadcasts.Add((Broadcasts.Count + 1, groupIds, body, kind));
        return new BroadcastSent(Broadcasts.Count, audience.Recipients, audience.OptedOut);
    }

    public Task<BroadcastProgress?> GetBroadcastProgressAsync(long broadcastId, CancellationToken cancellationToken) =>
        Task.FromResult(BroadcastProgress.GetValueOrDefault(broadcastId));

    public Task<ScheduledMeeting> ScheduleMeetingAsync(long groupId, DateTimeOffset startsAt, DateOnly meetingOn, string place, string? pasaran, DateTimeOffset? remindAt, CancellationToken cancellationToken)
    {
        var meeting = new ScheduledMeeting(ScheduledMeetings.Count + 1, groupId, startsAt, meetingOn, place, pasaran);
        ScheduledMeetings.Add(meeting);
        return Task.FromResult(meeting);
    }

    public Task<ScheduledMeeting?> GetNextScheduledMeetingAsync(long groupId, DateTimeOffset from, CancellationToken cancellationToken) =>
        Task.FromResult(ScheduledMeetings.Where(m => m.GroupId == groupId && m.StartsAt >= from).MinBy(m => m.StartsAt));

    public Task<Tip?> TakeNextTipAsync(long personId, string? category, CancellationToken cancellationToken)
    {
        var tips = Tips.Where(t => category is null || t.Category == category).ToList();
        if (tips.Count == 0) return Task.FromResult<Tip?>(null);
        var last = TipsGiven.LastOrDefault(g => g.PersonId == personId).Code;
        var next = tips[(tips.FindIndex(t => t.Code == last) + 1) % tips.Count];
        TipsGiven.Add((personId, next.Code));
        return Task.FromResult<Tip?>(next);
    }

    public Task<bool> SetTipSubscriptionAsync(long personId, bool subscribed, CancellationToken cancellationToken) =>
        Task.FromResult(subscribed ? TipSubscribers.Add(personId) : TipSubscribers.Remove(personId));
}
