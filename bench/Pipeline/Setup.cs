using System.Diagnostics;
using FollowBot.Bench.Shared;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Pipeline;

/// <summary>Workspace "bench": an admin, 100 managers with 10 reps each, and the seeded deals (reused when already there).</summary>
internal static class Setup
{
    public static async Task<(Workspace Workspace, string Manager)> WorkspaceAsync(IServiceProvider provider, int count, string connectionString)
    {
        await using var scope = provider.CreateAsyncScope();
        var workspaces = scope.ServiceProvider.GetRequiredService<IWorkspaceStore>();
        if (await workspaces.FindByKeyAsync("bench", default) is { LastDealNumber: var n } existing && n == count)
        {
            return (existing, "mgr-1");
        }

        var (workspace, reps) = await PipelineHistory.AddPeopleAsync(provider);
        var watch = Stopwatch.StartNew();
        var (deals, exits) = SqliteHistoryWriter.Write(connectionString, workspace.Id.Value, PipelineHistory.Generate(reps, count));
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"seeded {deals:#,0} deals and {exits:#,0} stage exits in {watch.Elapsed.TotalSeconds:0} s");
        return (workspace, "mgr-1");
    }

    public static async Task<IReadOnlyCollection<MemberId>> TeamAsync(IServiceProvider provider, WorkspaceId workspace, string managerId)
    {
        await using var scope = provider.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        var manager = (await members.FindByExternalIdAsync(workspace, managerId, default))!;
        return [.. (await members.ListReportsAsync(workspace, manager.Id, default)).Select(r => r.Id).Append(manager.Id)];
    }

    public static async Task DescribeAsync(string connectionString, WorkspaceId workspace)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM "Deals"), (SELECT COUNT(*) FROM "Deals" WHERE "Status" = 0),
                   (SELECT COUNT(*) FROM "Deals" WHERE "Status" = 0 AND "StageDueAt" < $now), (SELECT COUNT(*) FROM "StageExits")
            """;
        command.Parameters.AddWithValue("$now", new DateTimeOffset(2026, 12, 15, 2, 0, 0, TimeSpan.Zero).UtcTicks);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"deals: {reader.GetInt64(0):#,0} ({reader.GetInt64(1):#,0} open, {reader.GetInt64(2):#,0} overdue), stage exits: {reader.GetInt64(3):#,0}; workspace {workspace}");
    }

    /// <summary>EXPLAIN QUERY PLAN of every statement, for a whole workspace and for a team.</summary>
    public static async Task PlansAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var scoped in new[] { false, true })
        {
            foreach (var (name, sql) in SqlitePipelineReport.StatementsForPlans(scoped))
            {
                Console.WriteLine($"\n-- {name}{(scoped ? ", team" : ", all")}");
                await using var command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + sql.Replace("ef_sum(", "sum(", StringComparison.Ordinal);
                foreach (var p in new[] { "$ws", "$asOf", "$from", "$to", "$top", "$reps", "$scope" })
                {
                    command.Parameters.AddWithValue(p, p == "$scope" ? "[]" : 0);
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Console.WriteLine("   " + reader.GetString(3));
                }
            }
        }
    }
}
