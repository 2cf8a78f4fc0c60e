namespace Pkkpm.Bot.LocalSend;

/// <summary>
/// `health [URL]`: exits 0 when the service's /healthz answers 200. The container's HEALTHCHECK
/// uses it because the ASP.NET runtime image has no curl.
/// </summary>
internal static class HealthCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.FirstOrDefault() ?? "http://localhost:8080/healthz";
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }
}
