using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace FollowBot.Host.Tests.ScaleOut;

/// <summary>
/// FollowBot as its own operating-system process (the built FollowBot.Host.dll, as a deploy runs it) on Kestrel at a
/// loopback port it picks itself, with the Playground API on: the real thing for tests of several instances.
/// </summary>
public sealed partial class FollowBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private StreamWriter? _log;

    private FollowBotProcess(Process process, string instance, string? logFile = null)
    {
        _process = process;
        Instance = instance;
        LogFile = logFile;

        // Written as it comes (flushed per line), so it is all there even if the test run itself is killed.
        _log = logFile is null ? null : new StreamWriter(logFile, append: false) { AutoFlush = true };
    }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The operating-system process id (part of the names its outbox claims carry).</summary>
    public int ProcessId => _process.Id;

    public string Instance { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>True once <see cref="KillAsync"/> ended it (an exit the test asked for).</summary>
    public bool Killed { get; private set; }

    /// <summary>The file that receives everything the process writes, when one was asked for.</summary>
    public string? LogFile { get; }

    /// <summary>Everything the process wrote so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts an instance on <paramref name="database"/> and returns once it listens (migrations done);
    /// <paramref name="settings"/> (configuration keys, as in appsettings) are passed as environment variables;
    /// with <paramref name="logDirectory"/>, all it writes also goes to <c>&lt;instance&gt;.log</c> there.
    /// </summary>
    public static async Task<FollowBotProcess> StartAsync(
        TestDatabase database, string instance, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null, string? logDirectory = null)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var logFile = logDirectory is null ? null : Path.Combine(logDirectory, $"{instance}.log");
        var started = new FollowBotProcess(Start(database, instance, ["--urls", "http://127.0.0.1:0"], settings), instance, logFile);
        started.Capture(line =>
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var exited = started._process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(listening.Task, exited) != listening.Task)
        {
            var output = started.Output;
            await started.DisposeAsync();
            throw new InvalidOperationException($"FollowBot ({instance}) did not start:\n{output}");
        }

        started.BaseAddress = await listening.Task;
        started.Client = new HttpClient { BaseAddress = started.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        return started;
    }

    /// <summary>Runs FollowBot with <paramref name="arguments"/> to its end: its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, string instance, string[] arguments, CancellationToken cancellationToken)
    {
        await using var run = new FollowBotProcess(Start(database, instance, arguments), instance);
        run.Capture(_ => { });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await run._process.WaitForExitAsync(timeout.Token);
        return (run._process.ExitCode, run.Output);
    }

    public async Task<string> SayAsync(string user, string text, CancellationToken cancellationToken)
    {
        var response = await Client.PostAsJsonAsync("/api/playground/messages", new { user, text }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<RepliesJson>(cancellationToken))!.Replies;
        return string.Join("\n", replies.Select(r => r.Text ?? ""));
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        lock (_output)
        {
            _log?.Dispose();
            _log = null;
        }
    }

    /// <summary>Ends the process at once (SIGKILL: no shutdown, no flushing), as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        Killed = true;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    private static Process Start(TestDatabase database, string instance, string[] arguments, IReadOnlyDictionary<string, string>? settings = null)
    {
        // The Host's build output sits beside the tests' (project reference): same dll, deps and appsettings.
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(directory, "FollowBot.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Playground__Enabled"] = "true";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        foreach (var (key, value) in database.Settings(instance).Concat(settings?.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)) ?? []))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private void Capture(Action<string> onLine)
    {
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
                _log?.WriteLine(line);
            }

            onLine(line);
        }

        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
