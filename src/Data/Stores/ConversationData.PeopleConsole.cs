using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// The console's way to the same store calls as the chat: a pendamping or admin changing people in
/// the console is attributed to them (recorded_by), with 'console' as the source and no message.
/// Meetings and their notices (broadcasts) called in the console are recorded the same way.
/// </summary>
public sealed partial class ConversationData
{
    private const string ConsoleMarker = "console";

    /// <summary>The store for one console request by <paramref name="viewerPhone"/>, inside the caller's transaction.</summary>
    public static ConversationData ForConsole(DbConnection connection, DbTransaction transaction, string viewerPhone, DateTimeOffset now) =>
        new(connection, transaction, new InboundMessage(ConsoleMarker, viewerPhone, Channel.Sms, "", now));

    private bool FromConsole => message.MessageSid == ConsoleMarker;

    private CommandDefinition PeopleAttributed(string sql, object parameters, CancellationToken cancellationToken)
    {
        var command = Attributed(sql, parameters, cancellationToken);
        if (FromConsole && command.Parameters is DynamicParameters all)
        {
            all.Add("Sid", null, System.Data.DbType.String);
            all.Add("Source", "console");
        }
        return command;
    }
}
