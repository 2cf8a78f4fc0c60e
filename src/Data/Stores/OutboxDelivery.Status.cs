using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

public static partial class OutboxDelivery
{
    /// <param name="ResendOf">The message this one sends again, when it is a resend.</param>
    public sealed record Sent(long Id, string ToPhone, string? DeliveryStatus, string Kind, long? ResendOf);

    /// <summary>The outbox row Twilio gave this MessageSid, or null when it is not one of ours.</summary>
    public static Task<Sent?> FindByTwilioSidAsync(DbConnection connection, DbTransaction transaction, string twilioSid) =>
        connection.QuerySingleOrDefaultAsync<Sent>(
            "select id as Id, to_phone as ToPhone, delivery_status as DeliveryStatus, kind as Kind, resend_of as ResendOf from outbox where twilio_sid = @TwilioSid",
            new { TwilioSid = twilioSid }, transaction);

    /// <summary>Twilio's word on the message; the caller has checked that it moves forward.</summary>
    public static Task SetDeliveryStatusAsync(DbConnection connection, DbTransaction transaction, long id, string status, int? errorCode) =>
        connection.ExecuteAsync(
            "update outbox set delivery_status = @Status, error_code = coalesce(@ErrorCode, error_code) where id = @Id",
            new { Id = id, Status = status, ErrorCode = errorCode }, transaction);
}
