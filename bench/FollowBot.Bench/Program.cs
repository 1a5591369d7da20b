using System.Globalization;
using FollowBot.Bench;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// SQLite against PostgreSQL on FollowBot's hot paths; prints the README's table (README "Running several instances").
//   dotnet run -c Release --project bench/FollowBot.Bench -- [--postgres <admin connection string>] [--scale 0.01]
//       [--deals 1000000] [--sweep-deals 100000] [--pairs 500] [--clients 16] [--runs 20]
// PostgreSQL: --postgres or FOLLOWBOT_TEST_POSTGRES (a role that may CREATE DATABASE); every measurement gets a
// fresh database, removed afterwards. Columns are measured one after the other in the same run.
var options = BenchOptions.Parse(args);
var columns = new List<(string Name, Func<Task<BenchDatabase>> Create)> { ("SQLite", () => Task.FromResult(BenchDatabase.Sqlite())) };
if (options.Postgres is { } admin)
{
    columns.Add(("PostgreSQL", () => BenchDatabase.PostgresAsync(admin)));
}
else
{
    Console.Error.WriteLine("No PostgreSQL: pass --postgres or set FOLLOWBOT_TEST_POSTGRES to compare.");
}

var rows = new Dictionary<string, List<string>>();
void Add(string row, string value) => (rows.TryGetValue(row, out var list) ? list : rows[row] = []).Add(value);
string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";
string S(TimeSpan value) => value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
void Progress(string text) => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} (load {Load()}) {text}");

var loadBefore = Load();
foreach (var (name, create) in columns)
{
    Progress($"{name}: command round trip…");
    await using (var database = await create())
    await using (var app = await BenchApp.StartAsync(database))
    {
        Add("server", await VersionAsync(app, database.IsPostgres));
        var one = await CommandRoundTrip.RunAsync(app, options.Pairs, 1);
        Add("command round trip, lead + update, 1 member: median / p95", $"{Ms(one.Median)} / {Ms(one.P95)}");
        var many = await CommandRoundTrip.RunAsync(app, options.Pairs, options.Clients);
        Add($"command round trip, {options.Clients} members at once: pairs per second / p95", $"{many.PerSecond:0} /s / {Ms(many.P95)}");
    }

    Progress($"{name}: sweep over {options.SweepDeals:N0} deals…");
    await using (var database = await create())
    {
        var sweep = await NudgeSweep.RunAsync(database, options.SweepDeals);
        Add($"sweep of {sweep.Nudges:N0} due nudges among {sweep.Deals:N0} open deals: until the last is handed to the publisher (nudges per second)",
            $"{S(sweep.Handed)} ({sweep.PerSecond:0} /s)");
        Add($"(sweeps it took; making the {sweep.Deals:N0} deals through EF)", $"{sweep.Sweeps}; {S(sweep.Seed)}");
    }

    Progress($"{name}: pipeline summary on {options.Deals:N0} deals…");
    await using (var database = await create())
    {
        var pipeline = await PipelineSummary.RunAsync(database, options.Deals, options.Runs);
        Add($"pipeline summary, {pipeline.Deals:N0} deals: the query `pipeline all` runs (IPipelineReport), median / p95", $"{Ms(pipeline.Query.Median)} / {Ms(pipeline.Query.P95)}");
        Add("`pipeline all`, the whole command (query, names, card), median / p95", $"{Ms(pipeline.Command.Median)} / {Ms(pipeline.Command.P95)}");
        Add($"(making the {pipeline.Deals:N0} deals and {pipeline.Exits:N0} stage exits: bulk load, then indexes and statistics)", S(pipeline.Load));
    }
}

Progress("done");
Console.WriteLine($"load average (1 min) before: {loadBefore}, after: {Load()}; {options.Runs} runs per summary row");
Console.WriteLine($"| {options.Pairs} pairs, {Environment.ProcessorCount} cores | {string.Join(" | ", columns.Select(c => c.Name))} |");
Console.WriteLine($"|---|{string.Concat(columns.Select(_ => "---:|"))}");
foreach (var (row, values) in rows)
{
    Console.WriteLine($"| {row} | {string.Join(" | ", values)} |");
}

static async Task<string> VersionAsync(BenchApp app, bool postgres)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
    var version = await db.Database.SqlQueryRaw<string>(postgres ? "SELECT current_setting('server_version') AS \"Value\"" : "SELECT sqlite_version() AS \"Value\"").SingleAsync();
    return version.Split(' ')[0];
}

// The 1-minute load average (Linux): the machine is shared, so read the columns against it.
static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
