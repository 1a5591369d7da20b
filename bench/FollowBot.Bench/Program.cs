using System.Globalization;
using FollowBot.Bench;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// SQLite against PostgreSQL on FollowBot's hot paths; prints the README's table (README "Running several instances").
//   dotnet run -c Release --project bench/FollowBot.Bench -- [--postgres <admin connection string>] [--deals 1000000]
//       [--pairs 500] [--clients 16] [--runs 10]
// PostgreSQL: --postgres or FOLLOWBOT_TEST_POSTGRES (a role that may CREATE DATABASE); each run uses fresh databases.
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

foreach (var (name, create) in columns)
{
    Console.Error.WriteLine($"{name}: command round trip…");
    await using (var database = await create())
    await using (var app = await BenchApp.StartAsync(database))
    {
        Add("server", await VersionAsync(app, database.IsPostgres));
        var one = await CommandRoundTrip.RunAsync(app, options.Pairs, 1);
        Add("command round trip, lead + update, 1 member: median / p95", $"{Ms(one.Median)} / {Ms(one.P95)}");
        var many = await CommandRoundTrip.RunAsync(app, options.Pairs, options.Clients);
        Add($"command round trip, {options.Clients} members at once: pairs per second / p95", $"{many.PerSecond:0} /s / {Ms(many.P95)}");
    }

    Console.Error.WriteLine($"{name}: {options.Deals:N0} deals…");
    await using (var database = await create())
    await using (var app = await BenchApp.StartAsync(database))
    {
        var (load, query) = await StageCounts.RunAsync(app, database.IsPostgres, options.Deals, options.Runs);
        Add($"stand-in for the pipeline summary: open deals per stage, {options.Deals:N0} deals: median / p95", $"{Ms(query.Median)} / {Ms(query.P95)}");
        Add($"(making the {options.Deals:N0} deals inside the database, with indexes and ANALYZE)", $"{load.TotalSeconds:0.0} s");
    }
}

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
