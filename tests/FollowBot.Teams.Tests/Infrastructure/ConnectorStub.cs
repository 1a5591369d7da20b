using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// A Bot Framework Connector on 127.0.0.1 (real Kestrel, real HTTP): records every call FollowBot makes under
/// <c>/_connector</c> and answers like the Agents Playground's mock connector (201 <c>{"id":…}</c>, 200 for PUT),
/// unless a test says otherwise through <see cref="Respond"/>.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedCall> _calls = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId = 1795719300000;

    private ConnectorStub(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Time stamped on each call; the app's clock when a test cares about waits.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Null answers the default; otherwise (status, JSON body, Retry-After seconds or null).</summary>
    public Func<RecordedCall, (int Status, string Body, string? RetryAfter)?>? Respond { get; set; }

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.Map("/_connector/{**rest}", stub.HandleAsync);
        await app.StartAsync();
        stub.ServiceUrl = app.Urls.Single() + "/_connector/";
        return stub;
    }

    /// <summary>Waits (on real I/O, bounded) until at least <paramref name="count"/> calls have arrived.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(int count, int seconds = 20)
    {
        // A bound on real I/O, not a wait for time to pass: the calls arrive over HTTP from the app under test.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            Task arrived;
            lock (_calls)
            {
                if (_calls.Count >= count)
                {
                    return [.. _calls];
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} connector calls within {seconds}s, got {Calls.Count}: {string.Join(", ", Calls.Select(c => c.Method + " " + c.Path))}");
            }
        }
    }

    public void Clear()
    {
        lock (_calls)
        {
            _calls.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var path = raw[(raw.IndexOf("/_connector", StringComparison.Ordinal) + "/_connector".Length)..];
        var id = path == "/v3/conversations" ? "a:created-1on1-" + Interlocked.Increment(ref _nextId) : Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var call = new RecordedCall(
            context.Request.Method,
            path,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            text.Length == 0 ? null : JsonNode.Parse(text),
            Clock.GetUtcNow(),
            id);
        if (call.Card is { } card)
        {
            AllSentCards.Add($"{call.Method} {call.Path}", card);
        }

        var answer = Respond?.Invoke(call);
        lock (_calls)
        {
            _calls.Add(call);
        }

        if (answer is { } custom)
        {
            context.Response.StatusCode = custom.Status;
            if (custom.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = custom.RetryAfter;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(custom.Body);
        }
        else
        {
            context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
            await context.Response.WriteAsJsonAsync(new { id = context.Request.Method == "PUT" ? path[(path.LastIndexOf('/') + 1)..] : id });
        }

        lock (_calls)
        {
            var signal = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.TrySetResult();
        }
    }
}

/// <summary>
/// One call to the connector; <see cref="Path"/> is the raw (still escaped) path after <c>/_connector</c>, and
/// <see cref="Id"/> the id a default answer gave the new message.
/// </summary>
public sealed record RecordedCall(string Method, string Path, string? Authorization, JsonNode? Body, DateTimeOffset At, string Id)
{
    /// <summary>The first card attached to the call's activity, if any.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;
}
