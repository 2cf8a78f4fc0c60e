using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Missed calls that asked for the balance (issue 14): each CallSid once, as inbound_messages keeps
/// each MessageSid, and at most one balance SMS per number within a window.
/// </summary>
public static class VoiceCalls
{
    public const string Sms = "sms";
    public const string Limited = "limited";

    /// <summary>
    /// How the console's simulator starts the CallSids it makes up, as it does its MessageSids
    /// (Twilio's start with CA): the SMS such a call queues is held as simulated, never sent.
    /// </summary>
    public const string SimulatedPrefix = "SIM-";

    /// <summary>
    /// Holds the caller for the rest of the transaction: on PostgreSQL two calls of hers on two
    /// instances would otherwise both find no recent SMS and both queue one. (SQLite has one writer.)
    /// </summary>
    public static Task HoldCallerAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        Dialect.IsPostgres(connection)
            ? connection.ExecuteAsync("select id from people where phone = @Phone for update", new { Phone = phone }, transaction)
            : Task.CompletedTask;

    /// <summary>How the CallSid was answered the first time, or null when it is new.</summary>
    public static Task<string?> FindOutcomeAsync(DbConnection connection, DbTransaction transaction, string callSid) =>
        connection.ExecuteScalarAsync<string?>("select outcome from voice_calls where call_sid = @CallSid", new { CallSid = callSid }, transaction);

    /// <summary>Whether a call of this number queued a balance SMS after <paramref name="since"/>.</summary>
    public static async Task<bool> SentSinceAsync(DbConnection connection, DbTransaction transaction, string phone, DateTimeOffset since) =>
        await connection.ExecuteScalarAsync<int>(
            "select count(*) from voice_calls where phone = @Phone and outcome = 'sms' and received_at > @Since",
            new { Phone = phone, Since = since }, transaction) > 0;

    /// <summary>
    /// Records the call and, unless <paramref name="balance"/> is null (the limit), queues the SMS by
    /// SMS (not where she last wrote: the call came from this phone's SIM). False when the CallSid is
    /// already there, and then nothing changes: the database decides, so on PostgreSQL a second
    /// delivery waits for the first to commit and then inserts nothing.
    /// </summary>
    public static async Task<bool> RecordAsync(DbConnection connection, DbTransaction transaction, string callSid, string phone, DateTimeOffset now, string? balance)
    {
        var recorded = await connection.ExecuteAsync("""
            insert into voice_calls (call_sid, phone, received_at, outcome)
            values (@CallSid, @Phone, @Now, @Outcome)
            on conflict (call_sid) do nothing
            """, new { CallSid = callSid, Phone = phone, Now = now, Outcome = balance is null ? Limited : Sms }, transaction) == 1;
        if (recorded && balance is not null)
            await Outbox.QueueAsync(connection, transaction, new QueueOutbound(phone, Channel.Sms, balance, OutboundKinds.CallBalance), null, now,
                simulated: callSid.StartsWith(SimulatedPrefix, StringComparison.Ordinal));
        return recorded;
    }
}
