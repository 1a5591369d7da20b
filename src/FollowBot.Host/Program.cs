using FollowBot.Host;
using FollowBot.Host.Playground;
using FollowBot.Slack;
using FollowBot.Storage;

// Program.cs is the table of contents (architecture §2.6): configuration, services, database, endpoints.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFollowBot(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateFollowBotDatabaseAsync(app.Lifetime.ApplicationStopping);

app.UseFollowBotErrors();
app.MapHealthChecks("/healthz");
app.MapFollowBotPlayground();
app.MapFollowBotSlack();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
