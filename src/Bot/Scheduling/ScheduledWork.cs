using System.Data.Common;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Tips;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Scheduling;

/// <summary>
/// Does the work that falls due: meeting reminders the day before, the weekly tip. Each job's
/// messages and its "done" commit together, so a job is done once even across restarts; time comes
/// from the TimeProvider, so tests move it instead of waiting.
/// </summary>
internal sealed class ScheduledWork(IDatabase database, TimeProvider clock, IOptions<SchedulingOptions> options, IOptions<ConversationOptions> conversations,
    ILogger<ScheduledWork> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await database.WriteAsync(async (c, t) => { await EnsureWeeklyTipsAsync(c, t, settings); return 0; }, stoppingToken);
        await database.WriteAsync(async (c, t) => { await ArrearsReminderJob.EnsureAsync(c, t, Wib.Now(clock), conversations.Value.Loans.ReminderHour); return 0; }, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await database.WriteAsync((c, t) => ScheduledJobs.ClaimDueAsync(c, t, clock.GetUtcNow(), settings.Lease, 20), stoppingToken);
                foreach (var job in due) await RunAsync(job, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogFailedPass(e, "Scheduled work failed; trying again at the next poll");
            }
            await Task.Delay(settings.PollInterval, clock, stoppingToken);
        }
    }

    private async Task RunAsync(ScheduledJobs.Job job, CancellationToken stoppingToken)
    {
        try
        {
            var queued = await database.WriteAsync(async (c, t) =>
            {
                var now = clock.GetUtcNow();
                if (!await ScheduledJobs.TryCompleteAsync(c, t, job.Id, now)) return 0;
                return job.Kind switch
                {
                    ScheduledJobs.MeetingReminder => await RemindAsync(c, t, job, now),
                    ScheduledJobs.WeeklyTips => await SendWeeklyTipsAsync(c, t, job, now),
                    ScheduledJobs.ArrearsReminders => await ArrearsReminderJob.RunAsync(c, t, job, now),
                    _ => throw new InvalidOperationException($"Unknown job kind {job.Kind}"),
                };
            }, stoppingToken);
            logger.LogInformation("Did {Kind} job {Id}: {Queued} message(s) queued", job.Kind, job.Id, queued);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Left undone: the lease runs out and the next poll tries again.
            logger.LogError(e, "{Kind} job {Id} failed", job.Kind, job.Id);
            await database.WriteAsync(async (c, t) => { await ScheduledJobs.RecordFailureAsync(c, t, job.Id, e.Message); return 0; }, stoppingToken);
        }
    }

    private static async Task<int> RemindAsync(DbConnection c, DbTransaction t, ScheduledJobs.Job job, DateTimeOffset now)
    {
        var meeting = await ScheduledSends.FindMeetingAsync(c, t, job.RefId!.Value);
        if (meeting is null || meeting.StartsAt <= now) return 0;
        var body = MeetingTexts.Reminder(meeting.GroupName, meeting.StartsAt, meeting.Place, meeting.SignerName, meeting.SignerRole, now, meeting.Pasaran);
        return await ScheduledSends.QueueReminderAsync(c, t, meeting, body, now);
    }

    private static async Task<int> SendWeeklyTipsAsync(DbConnection c, DbTransaction t, ScheduledJobs.Job job, DateTimeOffset now)
    {
        var subscribers = await ScheduledSends.TipSubscribersAsync(c, t);
        var given = await TipCatalog.TakeNextForAsync(c, t, subscribers.Select(s => (s.PersonId, s.LastTip)).ToList(), now);
        var phones = subscribers.ToDictionary(s => s.PersonId, s => s.Phone);
        await ScheduledSends.QueueTipsAsync(c, t, given.Select(g => (phones[g.PersonId], g.Tip.Text + TipsFlow.WeeklyFooter)), now);
        // The next slot after now: a service that was down for weeks sends one late tip, not a backlog.
        var next = job.DueAt.AddDays(7);
        while (next <= now) next = next.AddDays(7);
        await ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.WeeklyTips, ScheduledJobs.NoRef, next);
        return given.Count;
    }

    /// <summary>The next weekly slot always has its job; inserting it again is a no-op.</summary>
    private Task EnsureWeeklyTipsAsync(DbConnection c, DbTransaction t, SchedulingOptions settings)
    {
        var now = Wib.Now(clock);
        var daysAhead = ((int)settings.WeeklyTipsDay - (int)now.DayOfWeek + 7) % 7;
        var slot = new DateTimeOffset(DateOnly.FromDateTime(now.DateTime).AddDays(daysAhead).ToDateTime(new TimeOnly(settings.WeeklyTipsHour, 0)), Wib.Offset);
        if (slot <= now) slot = slot.AddDays(7);
        return ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.WeeklyTips, ScheduledJobs.NoRef, slot);
    }
}
