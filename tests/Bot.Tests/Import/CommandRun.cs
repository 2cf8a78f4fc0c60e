using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Bot.Import;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Import;

/// <summary>`import` or `export` as a person runs it beside the service, with its database settings: exit code and what it printed.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Errors)
{
    public static Task<CommandRun> ImportAsync(string provider, string connectionString, params string[] args) =>
        RunAsync(provider, connectionString, (configuration, output, errors) =>
            ImportCommand.RunAsync(args, configuration, new FakeTimeProvider(BotApplication.Start), output, errors));

    public static Task<CommandRun> ExportAsync(string provider, string connectionString, params string[] args) =>
        RunAsync(provider, connectionString, (configuration, output, errors) => ExportCommand.RunAsync(args, configuration, output, errors));

    private static async Task<CommandRun> RunAsync(string provider, string connectionString, Func<IConfiguration, TextWriter, TextWriter, Task<int>> run)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Pkkpm"] = connectionString,
        }).Build();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await run(configuration, output, errors);
        return new CommandRun(exitCode, output.ToString().ReplaceLineEndings("\n"), errors.ToString().ReplaceLineEndings("\n"));
    }
}
