namespace StaticSite.Workflow.Tests;

/// <summary>Waiting for the preview server to catch up (a rebuild after a save), bounded.</summary>
internal static class Polling
{
    /// <summary>How long a test waits for the server: generous, since other builds may load the machine.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    /// <summary>GETs <paramref name="url"/> until the body contains <paramref name="expected"/> or <see cref="Wait"/> has passed; returns the last body.</summary>
    public static async Task<string> GetUntilAsync(HttpClient http, string url, string expected)
    {
        var deadline = DateTime.UtcNow + Wait;
        string body;
        do
        {
            body = await (await http.GetAsync(url)).Content.ReadAsStringAsync();
            if (body.Contains(expected)) return body;
            await Task.Delay(20);
        } while (DateTime.UtcNow < deadline);
        return body;
    }
}
