namespace Pkkpm.Conversations.People;

/// <summary>"MAWAR Painem", "MAWAR#0812-1111-0004": a group code, then a member by name, number or phone.</summary>
public static class GroupAndPerson
{
    public static (string? Code, string Who) Parse(string arguments)
    {
        var parts = arguments.Trim().Split([' ', '#', ':', ','], 2, StringSplitOptions.RemoveEmptyEntries);
        return (parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1)?.Trim().Trim('#', ':', ',', '.').Trim() ?? "");
    }
}
