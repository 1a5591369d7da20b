using System.Diagnostics;
using FollowBot.Core.Domain;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench;

/// <summary>
/// Stand-in for the pipeline summary (not on main yet): open deals counted per stage in one workspace of
/// <c>deals</c> deals, through EF as a store would run it. The deals are made inside the database from one real deal.
/// </summary>
internal static class StageCounts
{
    private static readonly string[] Stages = ["lead", "quote", "contract", "delivery", "payment", Pipeline.Won, Pipeline.Lost];

    public static async Task<(TimeSpan Load, Measurements Query)> RunAsync(BenchApp app, bool postgres, int deals, int runs)
    {
        await app.SayAsync("owner", "lead Seed value=1000");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));

        var load = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(CopySeedSql(db, postgres, deals));
        await db.Database.ExecuteSqlAsync($"""UPDATE "Workspaces" SET "LastDealNumber" = {deals}""");
        await db.Database.ExecuteSqlRawAsync(postgres ? """VACUUM ANALYZE "Deals" """ : "ANALYZE");
        load.Stop();

        var workspace = (await db.Workspaces.AsNoTracking().SingleAsync()).Id;
        var expectedOpen = Enumerable.Range(1, deals).Count(i => i == 1 || i % Stages.Length < 5);
        await CountAsync(db, workspace, expectedOpen);
        var latencies = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await CountAsync(db, workspace, expectedOpen);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (load.Elapsed, new Measurements(latencies, wall.Elapsed));
    }

    private static async Task CountAsync(FollowBotDbContext db, WorkspaceId workspace, int expectedOpen)
    {
        var counts = await db.Deals.AsNoTracking()
            .Where(d => d.WorkspaceId == workspace && d.Status == DealStatus.Open)
            .GroupBy(d => d.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync();
        var total = counts.Sum(c => c.Count);
        if (total != expectedOpen)
        {
            throw new InvalidOperationException($"Counted {total} open deals, expected {expectedOpen}.");
        }
    }

    /// <summary>
    /// INSERT … SELECT that copies deal #1 into numbers 2..deals with their own id, company, stage and status. The
    /// column list comes from the model, so columns added later are copied too.
    /// </summary>
    private static string CopySeedSql(FollowBotDbContext db, bool postgres, int deals)
    {
        var stage = "CASE n.i % 7 " + string.Concat(Stages.Select((s, i) => $"WHEN {i} THEN '{s}' ")) + "END";
        var overrides = new Dictionary<string, string>
        {
            ["Id"] = postgres ? "gen_random_uuid()" : "printf('%08X-0000-4000-8000-%012X', n.i, n.i)",
            ["Number"] = "n.i",
            ["Company"] = "'Company ' || n.i",
            ["Stage"] = stage,
            ["Status"] = $"CASE n.i % 7 WHEN 5 THEN {(int)DealStatus.Won} WHEN 6 THEN {(int)DealStatus.Lost} ELSE {(int)DealStatus.Open} END",
        };
        var columns = db.Model.FindEntityType(typeof(Deal))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        var series = postgres
            ? $"generate_series(2, {deals}) AS n(i)"
            : $"(WITH RECURSIVE c(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM c WHERE i < {deals}) SELECT i FROM c) AS n";
        return $"""
            INSERT INTO "Deals" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var value) ? value : $"s.\"{c}\""))}
            FROM {series} CROSS JOIN (SELECT * FROM "Deals" WHERE "Number" = 1) AS s
            """;
    }
}
