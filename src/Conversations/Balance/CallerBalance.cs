namespace Pkkpm.Conversations.Balance;

/// <summary>
/// What a missed call from a registered number gets: the SMS that SALDO would have answered, and
/// the same read aloud (for a member who cannot read, when calls are answered).
/// </summary>
public sealed record CallerBalance(string Sms, string Spoken);
