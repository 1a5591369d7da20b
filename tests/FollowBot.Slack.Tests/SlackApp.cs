using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Slack.Signing;
using FollowBot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Slack.Tests;

/// <summary>
/// FollowBot as it runs (Program.cs, Development, Playground on, Slack enabled) on Kestrel at 127.0.0.1 over a real
/// SQLite file, with a fake clock, talking to a <see cref="FakeSlack"/>. Requests are signed like Slack signs them.
/// </summary>
public sealed class SlackApp : WebApplicationFactory<Program>
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-token";

    /// <summary>Tuesday 2026-12-01 10:00 in Shanghai: inside working hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public SlackApp(FakeSlack slack, string? databasePath = null, FakeTimeProvider? clock = null, Dictionary<string, string?>? settings = null)
    {
        Slack = slack;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"followbot-slack-{Guid.NewGuid():N}.db");
        Clock = clock ?? new FakeTimeProvider(Start);
        slack.Clock = Clock;
        _settings = new Dictionary<string, string?>
        {
            ["Slack:Enabled"] = "true",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiUrl"] = slack.ApiUrl,
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        this.UseKestrel(0);
    }

    public FakeSlack Slack { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; }

    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Posts a signed request the way Slack does (raw body, v0 signature at the fake clock's time).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tweak = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var timestamp = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackRequestVerifier.Sign(Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        tweak?.Invoke(request);
        return await CreateClient().SendAsync(request);
    }

    public Task<HttpResponseMessage> CommandAsync(string user, string text, string? triggerId = null, string channel = "C0SALES") =>
        PostSignedAsync("/slack/commands", SlackPayloads.Command(user, text, Slack.ResponseUrl("commands/" + Guid.NewGuid().ToString("N")), triggerId, channel), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> EventAsync(string json, int? retry = null) =>
        PostSignedAsync("/slack/events", json, "application/json", r =>
        {
            if (retry is { } n)
            {
                r.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                r.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }
        });

    public Task<HttpResponseMessage> InteractionAsync(JsonObject payload) =>
        PostSignedAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");

    public async Task<Deal?> DealAsync(int number, string workspace = "slack:" + FakeSlack.Team)
    {
        using var scope = Services.CreateScope();
        var ws = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(workspace, default);
        return ws is null ? null : await scope.ServiceProvider.GetRequiredService<IDealStore>().GetByNumberAsync(ws.Id, number, default);
    }

    public async Task<IReadOnlyList<Deal>> DealsAsync(string workspace = "slack:" + FakeSlack.Team)
    {
        using var scope = Services.CreateScope();
        var ws = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(workspace, default);
        return ws is null ? [] : await scope.ServiceProvider.GetRequiredService<IDealStore>().QueryAsync(new DealQuery(ws.Id) { OpenOnly = false, Limit = 500 }, default);
    }

    public async Task<IReadOnlyList<ReplyJson>> PlaygroundAsync(string user, object message)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/playground/messages", message);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RepliesJson>())!.Replies;
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:FollowBot", $"Data Source={DatabasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ExtraServices?.Invoke(services);
        });
    }
}

public sealed record RepliesJson(List<ReplyJson> Replies);

public sealed record ReplyJson(string? Text, System.Text.Json.JsonElement? Card);
