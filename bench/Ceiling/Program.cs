// A bare minimal endpoint returning a constant: the most any ASP.NET Core app can serve under bench/run.sh's load.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/slack/commands", () => "ok");
app.MapGet("/healthz", () => "ok");
app.Run();
