namespace Pkkpm.Conversations.People;

/// <summary>How names are shortened where an SMS has little room: "Sri Wahyuni" is "Sri".</summary>
public static class Names
{
    public static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
