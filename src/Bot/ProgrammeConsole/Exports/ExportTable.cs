namespace Pkkpm.Bot.ProgrammeConsole.Exports;

/// <summary>A table as the console offers it for download: a title, its column headers, typed rows.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ExportCell>> Rows)
{
    /// <summary>A name for the file: the title in lower case letters, digits and dashes.</summary>
    public string FileName(string extension)
    {
        var name = new string(Title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (name.Contains("--", StringComparison.Ordinal)) name = name.Replace("--", "-", StringComparison.Ordinal);
        return $"{name.Trim('-')}.{extension}";
    }
}
