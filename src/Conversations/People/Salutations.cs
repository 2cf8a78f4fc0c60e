namespace Pkkpm.Conversations.People;

/// <summary>Ibu or Bapak. Most members are women; when we do not know, we say both.</summary>
public static class Salutations
{
    public const string Ibu = "Ibu";
    public const string Bapak = "Bapak";
    public const string Unknown = "Bapak/Ibu";

    /// <summary>The form used before a name in the third person: "Bu Endang", "Pak Slamet".</summary>
    public static string Short(string salutation) => salutation switch
    {
        Ibu => "Bu",
        Bapak => "Pak",
        _ => "",
    };

    public static string Normalize(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ibu" or "bu" or "p" or "perempuan" => Ibu,
        "bapak" or "pak" or "l" or "laki-laki" => Bapak,
        _ => Unknown,
    };
}
