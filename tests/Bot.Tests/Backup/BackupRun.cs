using Microsoft.Extensions.Configuration;
using Pkkpm.Bot.Backup;

namespace Pkkpm.Bot.Tests.Backup;

/// <summary>`backup FILE` as a person runs it, with the service's database settings; what it printed and its exit code.</summary>
internal sealed record BackupRun(int ExitCode, string Output, string Errors)
{
    public static async Task<BackupRun> RunAsync(string provider, string connectionString, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Pkkpm"] = connectionString,
        }).Build();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await BackupCommand.RunAsync(args, configuration, output, errors);
        return new BackupRun(exitCode, output.ToString(), errors.ToString());
    }
}
