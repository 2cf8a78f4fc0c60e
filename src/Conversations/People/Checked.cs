namespace Pkkpm.Conversations.People;

/// <summary>A request about people, checked: what to confirm, or why it is refused (and nothing changes).</summary>
public sealed record Checked<T>(T? Request, string? Refusal) where T : class
{
    public static Checked<T> Refused(string refusal) => new(null, refusal);

    public static Checked<T> Ready(T request) => new(request, null);
}
