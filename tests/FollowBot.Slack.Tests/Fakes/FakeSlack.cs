using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Tests.Fakes;

/// <summary>
/// A stand-in for slack.com on 127.0.0.1 (Kestrel, real HTTP and WebSockets): the Web API methods FollowBot calls,
/// <c>response_url</c>s under <c>/hooks/</c>, and Socket Mode under <c>/link</c>. Every request is recorded; a test
/// can script a method's answer (an <c>ok:false</c>, a 429) with <see cref="Script"/>.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string Team = "T0FOLLOW";
    public const string BotUser = "UBOT";
    public const string BotId = "BBOT";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly Channel<FakeSlackCall> _arrivals = Channel.CreateUnbounded<FakeSlackCall>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<FakeSlackCall, IResult>>> _scripts = new();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private readonly CancellationTokenSource _stopping = new();
    private int _ts;
    private int _socketCount;

    private FakeSlack(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentDictionary<string, FakeSlackUser> Users { get; } = new();

    /// <summary>The clock stamped on recorded calls (FollowBot's fake clock, so a test can see waits in simulated time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiUrl => new Uri(BaseUrl, "/api/").ToString();

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.ApiAsync);
        app.MapPost("/hooks/{**path}", fake.HookAsync);
        app.Map("/link", fake.LinkAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    public string ResponseUrl(string id) => new Uri(BaseUrl, "/hooks/" + id).ToString();

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the default one.</summary>
    public void Script(string method, Func<FakeSlackCall, IResult> answer) =>
        _scripts.GetOrAdd(method, _ => new ConcurrentQueue<Func<FakeSlackCall, IResult>>()).Enqueue(answer);

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>Waits (at most <paramref name="timeout"/> of real time) for a call matching the method and predicate, made before or after now.</summary>
    public async Task<FakeSlackCall> WaitForAsync(string method, Func<FakeSlackCall, bool>? predicate = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = Calls.FirstOrDefault(c => c.Method == method && (predicate?.Invoke(c) ?? true));
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrivals.Reader.WaitToReadAsync(cts.Token);
                _arrivals.Reader.TryRead(out _);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {method} call arrived; calls so far: {string.Join(", ", Calls.Select(c => c.Method))}");
            }
        }
    }

    public async Task<FakeSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _sockets.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task<IResult> ApiAsync(HttpContext http, string method)
    {
        var call = await RecordAsync(http, method);
        if (_scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted(call);
        }

        return Results.Json(Answer(call));
    }

    private async Task<IResult> HookAsync(HttpContext http, string path)
    {
        var call = await RecordAsync(http, "response_url");
        return _scripts.TryGetValue("response_url", out var queue) && queue.TryDequeue(out var scripted)
            ? scripted(call)
            : Results.Text("ok");
    }

    private async Task LinkAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket, Interlocked.Increment(ref _socketCount));
        var pump = fake.PumpAsync(_stopping.Token);
        await fake.SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = fake.Number,
            ["connection_info"] = new JsonObject { ["app_id"] = "A0FOLLOW" },
            ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["approximate_connection_time"] = 18060 },
        });
        await _sockets.Writer.WriteAsync(fake);
        await pump;
    }

    private async Task<FakeSlackCall> RecordAsync(HttpContext http, string method)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var auth = http.Request.Headers.Authorization.ToString();
        var call = new FakeSlackCall(method, auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null,
            http.Request.ContentType ?? "", body, Clock.GetUtcNow());
        _calls.Enqueue(call);
        await _arrivals.Writer.WriteAsync(call);
        return call;
    }

    private JsonObject Answer(FakeSlackCall call)
    {
        var json = call.Json;
        return call.Method switch
        {
            "auth.test" => Ok(new() { ["team_id"] = Team, ["team"] = "Follow Co", ["user_id"] = BotUser, ["bot_id"] = BotId, ["user"] = "followbot" }),
            "users.info" => Ok(new() { ["user"] = UserJson((string?)json["user"] ?? "U0") }),
            "conversations.open" => Ok(new() { ["channel"] = new JsonObject { ["id"] = "D" + (string?)json["users"] } }),
            "chat.postMessage" => Ok(new() { ["channel"] = (string?)json["channel"], ["ts"] = NextTs(), ["message"] = new JsonObject() }),
            "chat.update" => Ok(new() { ["channel"] = (string?)json["channel"], ["ts"] = (string?)json["ts"] }),
            "chat.postEphemeral" => Ok(new() { ["message_ts"] = NextTs() }),
            "views.open" or "views.update" or "views.publish" => Ok(new() { ["view"] = new JsonObject { ["id"] = "V" + NextTs().Replace(".", "", StringComparison.Ordinal), ["hash"] = "h1" } }),
            "apps.connections.open" => Ok(new() { ["url"] = new Uri(BaseUrl, "/link?ticket=" + Guid.NewGuid().ToString("N")).ToString().Replace("http://", "ws://", StringComparison.Ordinal) }),
            _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
        };
    }

    private JsonObject UserJson(string id)
    {
        var user = Users.GetValueOrDefault(id) ?? new FakeSlackUser(id, id.ToLowerInvariant());
        var profile = new JsonObject { ["display_name"] = user.DisplayName, ["real_name"] = user.DisplayName };
        if (user.Email is not null)
        {
            profile["email"] = user.Email;
        }

        return new JsonObject
        {
            ["id"] = id, ["team_id"] = Team, ["name"] = user.DisplayName, ["real_name"] = user.DisplayName,
            ["tz"] = user.TimeZone, ["tz_label"] = user.TimeZone, ["tz_offset"] = 28800, ["locale"] = user.Locale,
            ["is_bot"] = false, ["deleted"] = false, ["profile"] = profile,
        };
    }

    private string NextTs() => $"1764554400.{Interlocked.Increment(ref _ts):D6}";

    private static JsonObject Ok(JsonObject fields)
    {
        fields["ok"] = true;
        return fields;
    }
}
