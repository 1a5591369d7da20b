using System.Diagnostics;
using System.Globalization;

namespace FollowBot.Bench.Channels;

/// <summary>
/// One target as its own OS process, pinned with taskset to the server cores: time from start to the first 200 on
/// its health URL, and its resident memory read from /proc (the figure `ps` shows as RSS).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(1) };
    private readonly Process _process;

    private ServerProcess(Process process, string log)
    {
        _process = process;
        Log = log;
    }

    public string Log { get; }

    public TimeSpan StartupTime { get; private set; }

    public static async Task<ServerProcess> StartAsync(string name, string? cpus, string file, IEnumerable<string> args,
        IReadOnlyDictionary<string, string> env, string workDir, string healthUrl)
    {
        var info = new ProcessStartInfo(cpus is null ? file : "taskset")
        {
            // As deployed: started from its own folder, so its appsettings.json is the configuration's base.
            WorkingDirectory = Path.GetDirectoryName(args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal) || a.EndsWith(".js", StringComparison.Ordinal))) ?? workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (cpus is not null)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(cpus);
            info.ArgumentList.Add(file); // taskset execs the target: same pid, so /proc/pid is the server itself
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }

        var log = Path.Combine(workDir, name + ".log");
        var writer = new StreamWriter(log) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, log);
        while (!await IsUpAsync(healthUrl))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"{name} did not answer {healthUrl} (see {log}):\n" + await File.ReadAllTextAsync(log));
            }

            await Task.Delay(5);
        }

        server.StartupTime = clock.Elapsed;
        return server;
    }

    /// <summary>Resident set size in MiB (VmRSS of /proc/pid/status).</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static async Task<bool> IsUpAsync(string url)
    {
        try
        {
            using var response = await Probe.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
