namespace Pkkpm.Bot.Messages;

/// <summary>
/// A turn being decided outside the writer tried to record something (money, attendance, a
/// broadcast...): it stops there, nothing was written, and the turn runs again inside the writer.
/// </summary>
public sealed class TurnMustRecord(string what) : Exception($"The turn records ({what}): it runs inside the writer.");
