using System.Net;
using System.Net.Sockets;
using FollowBot.Bench.Channels;

// bench/run.sh's driver (issue 9): FollowBot against a Bolt app (Slack), a botbuilder echo bot (Teams), a bare
// ASP.NET Core endpoint and the signed floor (that app doing FollowBot's Slack request checks), one after another on
// the same cores, with the same wrk script; writes bench/results.md.
var settings = Settings.Parse(args);
var work = Directory.CreateTempSubdirectory("followbot-bench-").FullName;
Console.WriteLine($"Working in {work}; server cores {settings.ServerCpus ?? "any"}, load cores {settings.LoadCpus ?? "any"}");

await using var microsoft = await FakeMicrosoft.StartAsync(work);
var wrk = new Wrk(settings.Script, settings.LoadCpus, settings.LoadThreads, work);
var bench = new Bench(settings, microsoft, wrk, work);
const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5"; // Slack's documented example secret

var results = new List<Measurement>();
var followBotPort = FreePort();
var followBotEnv = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Urls"] = $"http://127.0.0.1:{followBotPort}", // appsettings.json names a Urls of its own; the environment wins
    ["ConnectionStrings__FollowBot"] = $"Data Source={Path.Combine(work, "followbot.db")}",
    ["Slack__Enabled"] = "true",
    ["Slack__ApiUrl"] = microsoft.HttpOrigin + "/api/",
    ["SLACK_SIGNING_SECRET"] = SigningSecret,
    ["SLACK_BOT_TOKEN"] = "xoxb-bench",
    ["Teams__MicrosoftAppId"] = FakeMicrosoft.AppId,
    ["Teams__MicrosoftAppPassword"] = "bench-secret",
    ["Teams__MicrosoftAppType"] = "MultiTenant",
    ["Teams__ToBotFromChannelOpenIdMetadataUrl"] = microsoft.HttpOrigin + "/v1/.well-known/openidconfiguration",
    ["Teams__ToChannelFromBotLoginUrl"] = microsoft.HttpsOrigin + "/botframework.com",
    ["Teams__AdditionalServiceUrlHosts__0"] = "127.0.0.1",
    ["SSL_CERT_FILE"] = microsoft.CertificateFile, // trust the fake token endpoint's certificate, and only it
    // A fresh database's 2,000 members are all due their 09:00 digest at once after 09:00 in their zone (Shanghai):
    // sent during a run, those made the figures depend on the hour. Nudge sweeps stay on (nothing is overdue here).
    ["FollowBot__Nudges__DigestsEnabled"] = "false",
};
var followBotOrigin = $"http://127.0.0.1:{followBotPort}";
var serviceUrl = microsoft.HttpOrigin + "/";

// 1. Fill the database through FollowBot itself, then start it again so start-up and idle memory are a fresh process's.
await using (var prep = await bench.StartAsync("followbot-prep", "dotnet", [settings.FollowBotDll], followBotEnv, followBotOrigin))
{
    using var http = new HttpClient();
    var seed = new Seed(http, followBotOrigin, SigningSecret, microsoft);
    await seed.SlackDealsAsync(settings.SlackDeals);
    await seed.TeamsMembersAsync(settings.TeamsMembers, serviceUrl);
    Console.WriteLine($"Seeded {settings.SlackDeals} Slack deals and {settings.TeamsMembers} Teams members");
}

var slackLoad = new Dictionary<string, string>
{
    ["KIND"] = "slack", ["TARGET_PATH"] = "/slack/commands", ["SLACK_SIGNING_SECRET"] = SigningSecret,
    ["TEAM"] = Seed.SlackTeam, ["USER_ID"] = Seed.SlackUser, ["TEXT"] = "mine",
};
Dictionary<string, string> TeamsLoad(string? token) => new()
{
    ["KIND"] = "teams", ["TARGET_PATH"] = "/api/messages", ["MEMBERS"] = settings.TeamsMembers.ToString(),
    ["TEXT"] = "mine", ["SERVICE_URL"] = serviceUrl, ["TENANT"] = FakeMicrosoft.Tenant, ["APP_ID"] = FakeMicrosoft.AppId, ["AUTH"] = token ?? "",
};

await using (var followBot = await bench.StartAsync("followbot", "dotnet", [settings.FollowBotDll], followBotEnv, followBotOrigin))
{
    if (settings.Runs("followbot-slack"))
    {
        results.Add(await bench.SlackAsync("FollowBot", followBot, followBotOrigin + "/slack/commands", slackLoad));
    }

    if (settings.Runs("followbot-teams"))
    {
        results.Add(await bench.TeamsAsync("FollowBot", followBot, followBotOrigin + "/api/messages", TeamsLoad(microsoft.MintChannelToken(serviceUrl))));
    }
}

if (settings.Runs("bolt"))
{
    var port = FreePort();
    await using var bolt = await bench.StartAsync("bolt", "node", [Path.Combine(settings.NodeDir, "bolt-app.js")],
        new Dictionary<string, string> { ["PORT"] = port.ToString(), ["SLACK_SIGNING_SECRET"] = SigningSecret }, $"http://127.0.0.1:{port}");
    results.Add(await bench.SlackAsync("Bolt 5.1.0 (HTTPReceiver)", bolt, $"http://127.0.0.1:{port}/slack/commands", slackLoad));
}

if (settings.Runs("botbuilder"))
{
    var port = FreePort();
    await using var echo = await bench.StartAsync("botbuilder", "node", [Path.Combine(settings.NodeDir, "echo-bot.js")],
        new Dictionary<string, string> { ["PORT"] = port.ToString() }, $"http://127.0.0.1:{port}");
    results.Add(await bench.TeamsAsync("botbuilder 4.23.3 echo bot", echo, $"http://127.0.0.1:{port}/api/messages", TeamsLoad(null)));
}

if (settings.Runs("ceiling"))
{
    var port = FreePort();
    await using var ceiling = await bench.StartAsync("ceiling", "dotnet", [settings.CeilingDll],
        new Dictionary<string, string> { ["Urls"] = $"http://127.0.0.1:{port}" }, $"http://127.0.0.1:{port}");
    results.Add(await bench.SlackAsync("bare ASP.NET Core endpoint", ceiling, $"http://127.0.0.1:{port}/slack/commands", slackLoad));
}

if (settings.Runs("floor"))
{
    // The ceiling's app again, with the secret that maps its signed endpoint; load.lua puts TARGET_PATH in each request.
    const string FloorPath = "/slack/commands-signed";
    var port = FreePort();
    await using var floor = await bench.StartAsync("floor", "dotnet", [settings.CeilingDll],
        new Dictionary<string, string> { ["Urls"] = $"http://127.0.0.1:{port}", ["SLACK_SIGNING_SECRET"] = SigningSecret }, $"http://127.0.0.1:{port}");
    results.Add(await bench.SlackAsync(ResultsTable.Floor, floor, $"http://127.0.0.1:{port}{FloorPath}", new Dictionary<string, string>(slackLoad) { ["TARGET_PATH"] = FloorPath }));
}

var report = ResultsTable.Write(settings, results);
await File.WriteAllTextAsync(settings.Output, report);
Console.WriteLine(report);

// Its database and server logs are only worth keeping when a run fails (an exception leaves them for reading).
Directory.Delete(work, recursive: true);
return 0;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
