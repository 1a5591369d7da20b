using System.Diagnostics;
using FollowBot.Bench.Pipeline;
using FollowBot.Bench.Shared;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using FollowBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project bench/Pipeline [-- <deals> <database file>]
// Seeds the file once (it is kept for the next run), then times the pipeline summary against a baseline that loads
// the deals into memory and sums them there, in the same run.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"followbot-bench-{count}.db");
var now = PipelineHistory.Now;
var connectionString = $"Data Source={path}";
await using var provider = CoreOnSqlite.Build(connectionString, new BenchClock(now));
await provider.MigrateFollowBotDatabaseAsync(default);

var (workspace, teamOf) = await Setup.WorkspaceAsync(provider, count, connectionString);
Console.WriteLine($"database: {path} ({new FileInfo(path).Length / 1024 / 1024:#,0} MiB), machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
await Setup.DescribeAsync(connectionString, workspace.Id);

var month = PipelineHistory.Month;
var team = await Setup.TeamAsync(provider, workspace.Id, teamOf);

async Task ReportAsync(IReadOnlyCollection<MemberId>? heldBy)
{
    await using var scope = provider.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IPipelineReport>()
        .SummarizeAsync(new PipelineQuery(workspace.Id, heldBy, month.From, month.To, now) { Live = true }, default);
}

async Task CommandAsync(string user, string text)
{
    await using var scope = provider.CreateAsyncScope();
    var outcome = await scope.ServiceProvider.GetRequiredService<CommandEngine>()
        .HandleAsync(new CommandEnvelope(new WorkspaceRef("bench"), new ActorRef(user), "bench", text), default);
    if (outcome.IsError)
    {
        throw new InvalidOperationException($"{text}: {outcome.Replies[0].Text}");
    }
}

// Baseline: what the old handler did, at full size — load the open deals in scope and count and sum in .NET.
async Task BaselineAsync(IReadOnlyCollection<MemberId>? heldBy)
{
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
    var deals = db.Deals.AsNoTracking().Where(d => d.WorkspaceId == workspace.Id && d.Status == DealStatus.Open);
    if (heldBy is not null)
    {
        var members = heldBy.ToList();
        deals = deals.Where(d => members.Contains(d.OwnerId) || members.Contains(d.StageOwnerId));
    }

    var open = await deals.ToListAsync();
    _ = open.GroupBy(d => (d.Stage, d.Currency)).Select(g => (g.Key, g.Count(), g.Count(d => d.IsOverdue(now)), g.Sum(d => d.Amount ?? 0), g.Average(d => (now - d.StageEnteredAt).TotalDays))).ToList();
}

var loadBefore = Timing.Load();
var timings = new List<Timing>
{
    await Timing.MeasureAsync("`pipeline all` (month), whole command", 20, 15, () => CommandAsync("admin", "pipeline all")),
    await Timing.MeasureAsync("`pipeline team` (month), whole command", 30, 25, () => CommandAsync(teamOf, "pipeline team")),
    await Timing.MeasureAsync("summary query only, all", 10, 15, () => ReportAsync(null)),
    await Timing.MeasureAsync("summary query only, team", 30, 25, () => ReportAsync(team)),
    await Timing.MeasureAsync("`pipeline all 2026-11` (past month, rebuilt from exits)", 2, 10, () => CommandAsync("admin", "pipeline all 2026-11")),
    await Timing.MeasureAsync("`pipeline team 2026-11`", 2, 10, () => CommandAsync(teamOf, "pipeline team 2026-11")),
    await Timing.MeasureAsync("baseline: load open deals and sum in memory, all", 1, 5, () => BaselineAsync(null)),
    await Timing.MeasureAsync("baseline: load open deals and sum in memory, team", 2, 10, () => BaselineAsync(team)),
};

Console.WriteLine();
Console.WriteLine($"load average before: {loadBefore}, after: {Timing.Load()} (2 cores)");
Console.WriteLine("| run | median ms | p90 ms | CPU ms (median) | allocated KiB per run |");
Console.WriteLine("|---|---:|---:|---:|---:|");
timings.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine($"baseline ÷ summary query (all): {timings[6].MedianMs / timings[2].MedianMs:0.0}×, (team): {timings[7].MedianMs / timings[3].MedianMs:0.0}×");
Console.WriteLine($"baseline ÷ whole command (all): {timings[6].MedianMs / timings[0].MedianMs:0.0}×, (team): {timings[7].MedianMs / timings[1].MedianMs:0.0}×");
Console.WriteLine($"in CPU time, baseline ÷ summary query (all): {timings[6].CpuMedianMs / timings[2].CpuMedianMs:0.0}×, (team): {timings[7].CpuMedianMs / timings[3].CpuMedianMs:0.0}×");
Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:#,0} MiB");
await Setup.PlansAsync(connectionString);
