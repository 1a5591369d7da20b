using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.EndToEnd;

/// <summary>
/// Microsoft's Agents Playground (npm @microsoft/m365agentsplayground 0.2.28), headless, as a child process on a
/// free loopback port, pointed at FollowBot with the msteams channel, driven through its HTTP API:
/// <c>/_debug/conversation/{id}/installation</c>, <c>/_conversation/v1/conversations/{id}/messages</c> and
/// <c>/_conversation/v1/invoke</c> (teams-protocol.md §6.2).
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    public const string User = "user-id-0";
    private readonly Process _process;
    private readonly string _workingDirectory;
    private readonly StringWriter _log = new();

    private AgentsPlayground(Process process, string workingDirectory, int port)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        Port = port;
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public string Log => _log.ToString();

    public static async Task<AgentsPlayground> StartAsync(string botEndpoint, string conversationId)
    {
        Node.EnsureInstalled();
        var cli = Path.Combine(Node.Directory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        // Its own empty folder: no .m365agentsplayground.yml of anybody's is picked up, nothing is written to the repo.
        var folder = Directory.CreateTempSubdirectory("followbot-playground-").FullName;
        var process = Node.Start("node", [cli, "-e", botEndpoint, "-c", "msteams", "-p", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--conversation-id", conversationId, "--disable-telemetry"], folder);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringWriter();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The Agents Playground exited:\n" + log));
                return;
            }

            lock (log)
            {
                log.WriteLine(e.Data);
            }

            if (ListeningOn().Match(e.Data) is { Success: true } m)
            {
                listening.TrySetResult(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // It prints "Listening on <port>" once it serves (it may pick another port when ours was taken meanwhile).
        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var playground = new AgentsPlayground(process, folder, port);
        playground._log.Write(log.ToString());
        (await playground.Http.GetStringAsync("_debug/ping")).ShouldBe("pong");
        return playground;
    }

    /// <summary>What the Playground's install button does: installationUpdate (add), then conversationUpdate.</summary>
    public async Task InstallAsync(string conversationId) =>
        (await Http.PostAsync($"_debug/conversation/{conversationId}/installation", null)).EnsureSuccessStatusCode();

    /// <summary>The user types <paramref name="text"/> in the conversation.</summary>
    public async Task SayAsync(string conversationId, string text) =>
        (await Http.PostAsJsonAsync($"_conversation/v1/conversations/{conversationId}/messages",
            new { from = new { id = User }, text, textFormat = "plain" })).EnsureSuccessStatusCode();

    /// <summary>The user clicks an Action.Execute button on the card message <paramref name="cardMessageId"/>; returns the bot's answer as the Playground relays it.</summary>
    public async Task<JsonNode> ClickAsync(string conversationId, string cardMessageId, JsonObject action)
    {
        var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = User },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" },
        });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonNode.Parse(body)!;
    }

    /// <summary>The user clicks an Action.Submit button (the fallback of older clients): a message with <c>value</c>.</summary>
    public async Task SubmitAsync(string conversationId, string cardMessageId, JsonNode data) =>
        (await Http.PostAsJsonAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = User },
            ["replyToId"] = cardMessageId,
            ["value"] = data.DeepClone(),
        })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
