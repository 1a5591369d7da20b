using System.Diagnostics;
using System.Text.Json;

namespace FollowBot.Bench.Channels;

/// <summary>One wrk run with bench/Channels/load.lua, pinned to the load cores; its summary comes back as JSON.</summary>
internal sealed class Wrk(string script, string? cpus, int threads, string workDir)
{
    private int _runs;

    public async Task<WrkResult> RunAsync(string url, int connections, TimeSpan duration, IReadOnlyDictionary<string, string> env, int? rate = null)
    {
        var result = Path.Combine(workDir, $"wrk-{Interlocked.Increment(ref _runs)}.json");
        var info = new ProcessStartInfo(cpus is null ? "wrk" : "taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (cpus is not null)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(cpus);
            info.ArgumentList.Add("wrk");
        }

        var threadCount = Math.Min(threads, connections);
        foreach (var a in new[] { "-t", threadCount.ToString(), "-c", connections.ToString(), "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script, url })
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }

        info.Environment["RESULT"] = result;
        info.Environment["CONNECTIONS"] = connections.ToString();
        if (rate is { } r)
        {
            info.Environment["RATE"] = r.ToString();
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(result))
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}):\n{output}\n{errors}");
        }

        return JsonSerializer.Deserialize<WrkResult>(await File.ReadAllTextAsync(result), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;
    }
}

/// <summary>wrk's summary: counts, socket and HTTP errors (status = responses outside 2xx/3xx), latency in microseconds.</summary>
internal sealed record WrkResult(long Requests, long DurationUs, long Connect, long Read, long Write, long Status, long Timeout,
    long P50Us, long P90Us, long P99Us, long MaxUs, double MeanUs)
{
    public long Errors => Connect + Read + Write + Status + Timeout;

    public double PerSecond => Requests / (DurationUs / 1e6);
}
