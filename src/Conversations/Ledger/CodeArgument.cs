namespace Pkkpm.Conversations.Ledger;

/// <summary>The code a person typed after KOREKSI, SALAH, TERIMA or TOLAK, and what follows it.</summary>
public static class CodeArgument
{
    public static (string? Code, string After) Split(string arguments)
    {
        var parts = arguments.Trim().Split([' ', '#', ',', ':', '.'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return (null, "");
        var code = parts[0].Trim().ToUpperInvariant();
        return (code.All(char.IsAsciiLetterOrDigit) ? code : null, parts.Length > 1 ? parts[1].Trim() : "");
    }
}
