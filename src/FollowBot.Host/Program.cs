using FollowBot.Host;
using FollowBot.Host.Playground;
using FollowBot.Host.Scheduling;
using FollowBot.Host.Reports;
using FollowBot.Slack;
using FollowBot.Storage;
using FollowBot.Teams;

// Program.cs is the table of contents (architecture §2.6): configuration, services, database, endpoints.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFollowBot(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateFollowBotDatabaseAsync(app.Lifetime.ApplicationStopping);
if (args.Contains("--migrate-only"))
{
    return; // deploys migrate once, before the instances roll (README "Running several instances")
}

app.UseFollowBotErrors();
app.UseFollowBotPlaygroundPage();
app.MapHealthChecks("/healthz");
app.MapFollowBotPlayground();
app.MapFollowBotFollowUps();
app.MapFollowBotReports();
app.MapFollowBotTeams();
app.MapFollowBotSlack();

if (args.Contains("--seed-demo"))
{
    await app.Services.GetRequiredService<PlaygroundDemo>().SeedAsync(app.Lifetime.ApplicationStopping);
}

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
