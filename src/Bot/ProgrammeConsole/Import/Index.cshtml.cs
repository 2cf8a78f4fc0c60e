using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Data;
using Pkkpm.Data.Import;

namespace Pkkpm.Bot.ProgrammeConsole.Import;

/// <summary>
/// /console/impor, for an admin only (anyone else: not found): the seed CSVs uploaded, previewed
/// by the same dry run as `import --dry-run`, then applied with a second button. Between the two
/// the files wait in a folder of their own under the temp folder, named by a random token the form
/// carries; the apply imports exactly what was previewed (the database may have moved on: the
/// import checks everything again in its own transaction).
/// </summary>
// The server takes 64 KB bodies (KestrelLimits): an upload of a programme's ledger needs more, here only.
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class IndexModel(IDatabase database, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public const long MaxUploadBytes = 256L * 1024 * 1024; // about five million ledger lines

    public ImportResult? Result { get; private set; }
    public string? Token { get; private set; }
    public string? Error { get; private set; }

    /// <summary>On SQLite an import holds the one writer: the service records no message meanwhile.</summary>
    public bool HoldsTheService => database.Provider == DatabaseOptions.Sqlite;

    /// <summary>Seconds as Indonesian writes them: "13,1".</summary>
    public string Seconds(TimeSpan held) => held.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    public IActionResult OnGet() => HttpContext.Viewer().IsAdmin ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(List<IFormFile> berkas, CancellationToken cancellationToken)
    {
        if (!HttpContext.Viewer().IsAdmin) return NotFound();
        var unknown = berkas.Select(f => Path.GetFileName(f.FileName)).FirstOrDefault(n => !FolderImport.Files.Contains(n));
        if (berkas.Count == 0 || unknown is not null)
        {
            Error = unknown is null ? "Pilih paling sedikit satu berkas CSV." : $"Berkas '{unknown}' tidak dikenal: namanya harus salah satu dari {string.Join(", ", FolderImport.Files)}.";
            return Page();
        }

        var token = Guid.NewGuid().ToString("N");
        var folder = UploadFolder(token);
        Directory.CreateDirectory(folder);
        foreach (var file in berkas)
        {
            await using var target = System.IO.File.Create(Path.Combine(folder, Path.GetFileName(file.FileName)));
            await file.CopyToAsync(target, cancellationToken);
        }
        Result = await FolderImport.RunAsync(database, folder, dryRun: true, clock.GetUtcNow(), cancellationToken);
        if (Result.IsClean) Token = token;
        else Directory.Delete(folder, recursive: true);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(string? token, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (!viewer.IsAdmin) return NotFound();
        if (token is null || !Guid.TryParseExact(token, "N", out _) || !Directory.Exists(UploadFolder(token)))
        {
            Error = "Pratinjau ini sudah tidak berlaku (sudah diterapkan atau layanan dimulai ulang). Unggah berkasnya lagi.";
            return Page();
        }
        var folder = UploadFolder(token);
        try
        {
            Result = await FolderImport.RunAsync(database, folder, dryRun: false, clock.GetUtcNow(), cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        logger.LogInformation("Console import by person {PersonId}: {Files}", viewer.PersonId, string.Join("; ", Result.Files));
        return Page();
    }

    private static string UploadFolder(string token) => Path.Combine(Path.GetTempPath(), "pkkpm-impor", token);
}
