using System.Diagnostics;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.FailClosed;

/// <summary>What `dotnet publish` (the Dockerfile's build) puts in the image.</summary>
public class PublishTests
{
    [Fact]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    public async Task The_published_service_carries_no_development_settings_or_token()
    {
        var output = Directory.CreateTempSubdirectory("pkkpm-publish-");
        try
        {
            // The build this test runs in has already compiled the service: publish only gathers its files.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var publish = new ProcessStartInfo(BotProcess.DotnetHost(),
                ["publish", BotApplication.RepoFolder("src/Bot/Pkkpm.Bot.csproj"), "-c", configuration, "--no-build", "-o", output.FullName, "--nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(publish)!;
            var errors = process.StandardError.ReadToEndAsync();
            var messages = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, messages + await errors);
            var files = output.GetFiles("*", SearchOption.AllDirectories);
            Assert.Contains(files, f => f.Name == "Pkkpm.Bot.dll");
            Assert.Contains(files, f => f.Name == "appsettings.json");
            Assert.DoesNotContain(files, f => f.Name == "appsettings.Development.json");
            Assert.DoesNotContain(files.Where(f => f.Extension == ".json"), f => File.ReadAllText(f.FullName).Contains("local-development-token"));
            // The workstation GC: the server GC's heap per core costs a small server its memory.
            var runtime = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "Pkkpm.Bot.runtimeconfig.json")));
            Assert.False(runtime.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Server").GetBoolean());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
