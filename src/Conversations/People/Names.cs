namespace Pkkpm.Conversations.People;

/// <summary>How names are shortened where an SMS has little room: "Sri Wahyuni" is "Sri".</summary>
public static class Names
{
    public static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;

    /// <summary>The name the group uses: her panggilan when she has one ("Darmi" for Sudarmi),
    /// else her first name.</summary>
    public static string Short(string name, string? panggilan) =>
        string.IsNullOrWhiteSpace(panggilan) ? First(name) : panggilan.Trim();
}
