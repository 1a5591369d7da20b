using System.Net;
using System.Text.Json.Nodes;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.EndToEnd;

/// <summary>A fake Slack on loopback and FollowBot on Kestrel talking to it, over a fresh SQLite file per test.</summary>
public abstract class SlackTestBase : IAsyncLifetime
{
    protected const string Rep = "U0REP";
    protected const string Boss = "U0BOSS";

    private readonly List<SlackApp> _apps = [];

    protected FakeSlack Slack { get; private set; } = null!;

    protected SlackApp App { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        Slack.Users[Rep] = new FakeSlackUser(Rep, "Li Na", Email: "li.na@follow.example");
        Slack.Users[Boss] = new FakeSlackUser(Boss, "Chen Jie");
        App = StartApp();
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await Slack.DisposeAsync();
        foreach (var path in _apps.Select(a => a.DatabasePath).Distinct())
        {
            SlackApp.DeleteDatabase(path);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Another FollowBot process; on the same database file it is a restart.</summary>
    protected SlackApp StartApp(string? databasePath = null, Dictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var app = new SlackApp(Slack, databasePath, App?.Clock, settings) { ExtraServices = services };
        app.StartServer();
        _apps.Add(app);
        return app;
    }

    protected static async Task<JsonObject?> JsonBodyAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Every text in a message body, with mrkdwn escapes undone.</summary>
    protected static string AllText(JsonObject? message) =>
        message is null ? "" : string.Join("\n", new FakeSlackCall("x", null, "application/json", message.ToJsonString(), default).Texts());
}
