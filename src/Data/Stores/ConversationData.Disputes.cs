using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// SALAH: a member says an entry is wrong. The dispute stays open (EntryInfo.HasOpenDispute) until
/// the entry is reversed ("dikoreksi") or the treasurer confirms it ("dikonfirmasi").
/// </summary>
public sealed partial class ConversationData
{
    private static readonly string[] Resolutions = ["dikoreksi", "dikonfirmasi"];

    private const string OpenDisputeSql = $"""
        insert into entry_disputes (entry_id, disputed_by_person_id, source_message_sid, reason, opened_at)
        values (@EntryId, {RecordedBy}, @Sid, @Reason, @Now);
        """;

    private const string CloseDisputesSql = $"""
        update entry_disputes
           set resolution = @Resolution, resolved_at = @Now, resolved_message_sid = @Sid,
               resolved_by_person_id = {RecordedBy}
         where entry_id = @EntryId and resolution is null;
        """;

    public Task OpenDisputeAsync(long entryId, string? reason, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Attributed(OpenDisputeSql, new { EntryId = entryId, Reason = reason }, cancellationToken));

    public Task CloseDisputesAsync(long entryId, string resolution, CancellationToken cancellationToken)
    {
        if (!Resolutions.Contains(resolution))
            throw new ArgumentException($"resolution '{resolution}' must be {string.Join(" or ", Resolutions)}", nameof(resolution));
        return connection.ExecuteAsync(Attributed(CloseDisputesSql, new { EntryId = entryId, Resolution = resolution }, cancellationToken));
    }
}
