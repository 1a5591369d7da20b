using FollowBot.Bench.Ceiling;

// A bare minimal endpoint returning a constant: the most any ASP.NET Core app can serve under bench/run.sh's load.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/slack/commands", () => "ok");
app.MapGet("/healthz", () => "ok");

// The signed floor only when a secret is given: the ceiling's process then maps nothing more and never loads FollowBot.Slack.
if (Environment.GetEnvironmentVariable("SLACK_SIGNING_SECRET") is { Length: > 0 } secret)
{
    app.MapSignedFloor(secret);
}

app.Run();
