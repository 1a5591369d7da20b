using System.Data.Common;
using System.Text.Json;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Sqlite;

/// <summary>
/// <see cref="IPipelineReport"/> on SQLite: six grouped statements on one connection, each answered from the
/// pipeline indexes (see DealConfiguration and StageExitConfiguration); only their few result rows reach .NET.
/// </summary>
internal sealed partial class SqlitePipelineReport(FollowBotDbContext db) : IPipelineReport
{
    public async Task<PipelineFigures> SummarizeAsync(PipelineQuery query, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var run = new Statements(connection, query);
            var stages = query.Live ? LiveStages : PastStages;
            var stageRows = await run.ReadAsync(stages.Replace("{sum:", "{cents:", StringComparison.Ordinal), ScopeDeals, ScopeExits, r => StageRow.Read(r, cents: true), cancellationToken);
            if (stageRows.Any(r => r.Fractional > 0))
            {
                stageRows = await run.ReadAsync(stages.Replace("{sum:", "{decimal:", StringComparison.Ordinal), ScopeDeals, ScopeExits, r => StageRow.Read(r, cents: false), cancellationToken);
            }

            var overdue = await run.ReadAsync(query.Live ? LiveOverdue : PastOverdue, ScopeDeals, ScopeExits, r => new OverdueDeal(
                r.GetInt32(0), r.GetString(1), r.GetString(2), new MemberId(r.GetGuid(3)), Instant(r.GetInt64(4)),
                r.IsDBNull(5) ? null : new Money(Normalize(r.GetDecimal(5)), r.GetString(6))), cancellationToken);
            var reps = await run.ReadAsync(query.Live ? LiveReps : PastReps, OwnedDeals, OwnedExits, r => new RepFigures(
                new MemberId(r.GetGuid(0)), r.GetInt32(1), Int(r, 2)), cancellationToken);
            var exits = (await run.ReadAsync(Exits, ScopeDeals, ScopeExits, r => new ExitFigures(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)), cancellationToken))[0];
            var closed = (await run.ReadAsync(Closed, ScopeDeals, ScopeExits, r => (Won: r.GetInt32(0), Lost: r.GetInt32(1)), cancellationToken))[0];
            return new PipelineFigures(
                Combine(stageRows),
                exits,
                closed.Won,
                closed.Lost,
                [.. overdue.OrderBy(d => d.DueAt).ThenBy(d => d.Number).Take(query.MostOverdue)],
                reps);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public IAsyncEnumerable<Deal> ExportAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId>? heldBy, CancellationToken cancellationToken) =>
        DealExport.StreamAsync(db, workspace, heldBy, cancellationToken);

    /// <summary>Every statement as it runs, for EXPLAIN QUERY PLAN in the benchmark (bench/Pipeline).</summary>
    internal static IEnumerable<(string Name, string Sql)> StatementsForPlans(bool scoped)
    {
        yield return ("stages (live)", Fill(LiveStages.Replace("{sum:", "{cents:", StringComparison.Ordinal), scoped, ScopeDeals, ScopeExits));
        yield return ("stages (past)", Fill(PastStages.Replace("{sum:", "{cents:", StringComparison.Ordinal), scoped, ScopeDeals, ScopeExits));
        yield return ("most overdue (live)", Fill(LiveOverdue, scoped, ScopeDeals, ScopeExits));
        yield return ("most overdue (past)", Fill(PastOverdue, scoped, ScopeDeals, ScopeExits));
        yield return ("reps (live)", Fill(LiveReps, scoped, OwnedDeals, OwnedExits));
        yield return ("reps (past)", Fill(PastReps, scoped, OwnedDeals, OwnedExits));
        yield return ("exits", Fill(Exits, scoped, ScopeDeals, ScopeExits));
        yield return ("closed", Fill(Closed, scoped, ScopeDeals, ScopeExits));
    }

    /// <summary>The statement with its placeholders filled: scope filters (or nothing), and the kind of money sum.</summary>
    private static string Fill(string sql, bool scoped, string dealScope, string exitScope) => sql
        .Replace("{d}", scoped ? dealScope : "", StringComparison.Ordinal)
        .Replace("{e}", scoped ? exitScope : "", StringComparison.Ordinal)
        .Replace("{owned}", scoped ? OwnedDeals : "", StringComparison.Ordinal)
        .Replace("{cents:d}", CentsSum.Replace("{a}", "\"d\".\"Amount\"", StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{cents:e}", CentsSum.Replace("{a}", "\"e\".\"Amount\"", StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{decimal:d}", DecimalSum.Replace("{a}", "\"d\".\"Amount\"", StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{decimal:e}", DecimalSum.Replace("{a}", "\"e\".\"Amount\"", StringComparison.Ordinal), StringComparison.Ordinal);

    // Live and past rows of one stage and currency arrive separately (the UNION ALL); a stage may hold several currencies.
    private static List<StageFigures> Combine(IEnumerable<StageRow> rows) =>
        [.. rows.GroupBy(r => r.Stage, StringComparer.Ordinal).Select(stage => new StageFigures(
            stage.Key,
            stage.Sum(r => r.Count),
            stage.Sum(r => r.Overdue),
            stage.Sum(r => r.AgeSeconds),
            [.. stage.Where(r => r.Total is not null).GroupBy(r => r.Currency, StringComparer.Ordinal)
                .Select(c => new Money(Normalize(c.Sum(r => r.Total!.Value)), c.Key)).OrderBy(m => m.Currency, StringComparer.Ordinal)]))];

    // Decimal text keeps the scale it was written with ("1000.0"); a total reads better without trailing zeros.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static int Int(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : reader.GetInt32(ordinal);

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private sealed record StageRow(string Stage, string Currency, int Count, int Overdue, long AgeSeconds, decimal? Total, long Fractional)
    {
        public static StageRow Read(DbDataReader r, bool cents) => new(
            r.GetString(0),
            r.GetString(1),
            r.GetInt32(2),
            Int(r, 3),
            r.IsDBNull(4) ? 0 : r.GetInt64(4),
            r.IsDBNull(5) ? null : cents ? r.GetInt64(5) / 100m : r.GetDecimal(5),
            r.IsDBNull(6) ? 0 : r.GetInt64(6));
    }

    /// <summary>Runs one statement with the query's parameters; the scope filter goes in only when there is a scope.</summary>
    private sealed class Statements(SqliteConnection connection, PipelineQuery query)
    {
        private readonly string? _scope = query.HeldBy is { } members
            ? JsonSerializer.Serialize(members.Select(m => m.Value.ToString("D").ToUpperInvariant()).Distinct())
            : null;

        public async Task<List<T>> ReadAsync<T>(string sql, string dealScope, string exitScope, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Fill(sql, _scope is not null, dealScope, exitScope);
            command.Parameters.AddWithValue("$ws", query.Workspace.Value.ToString("D").ToUpperInvariant());
            command.Parameters.AddWithValue("$asOf", query.AsOf.UtcTicks);
            command.Parameters.AddWithValue("$from", query.From.UtcTicks);
            command.Parameters.AddWithValue("$to", query.To.UtcTicks);
            command.Parameters.AddWithValue("$top", query.MostOverdue);
            command.Parameters.AddWithValue("$reps", query.Reps);
            if (_scope is not null)
            {
                command.Parameters.AddWithValue("$scope", _scope);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }
}
