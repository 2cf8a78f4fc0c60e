using System.Diagnostics;

namespace Pkkpm.Bot.Observability;

/// <summary>
/// Traces: one span per turn ("turn") and per outbound send ("send"), under the source "Pkkpm.Bot".
/// Tags never carry a phone number or a message's text.
/// </summary>
public static class BotActivities
{
    public const string SourceName = "Pkkpm.Bot";

    public static readonly ActivitySource Source = new(SourceName);
}
