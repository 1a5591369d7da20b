using System.Data.Common;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FollowBot.Storage.Postgres;

/// <summary>
/// <see cref="IPipelineReport"/> on PostgreSQL: the same six grouped statements as on SQLite, on one connection,
/// answered from the same pipeline indexes; only their few result rows reach .NET. Money is summed as
/// <c>numeric</c>, exact at any scale, so there is no second pass.
/// </summary>
internal sealed partial class PostgresPipelineReport(FollowBotDbContext db) : IPipelineReport
{
    public async Task<PipelineFigures> SummarizeAsync(PipelineQuery query, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var run = new Statements((NpgsqlConnection)db.Database.GetDbConnection(), query);
            var stageRows = await run.ReadAsync(query.Live ? LiveStages : PastStages, ScopeDeals, ScopeExits, StageRow.Read, cancellationToken);
            var overdue = await run.ReadAsync(query.Live ? LiveOverdue : PastOverdue, ScopeDeals, ScopeExits, r => new OverdueDeal(
                r.GetInt32(0), r.GetString(1), r.GetString(2), new MemberId(r.GetGuid(3)), r.GetFieldValue<DateTimeOffset>(4),
                r.IsDBNull(5) ? null : new Money(Normalize(r.GetDecimal(5)), r.GetString(6))), cancellationToken);
            var reps = await run.ReadAsync(query.Live ? LiveReps : PastReps, OwnedDeals, OwnedExits, r => new RepFigures(
                new MemberId(r.GetGuid(0)), r.GetInt32(1), r.GetInt32(2)), cancellationToken);
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

    /// <summary>Every statement as it runs, for EXPLAIN in a benchmark or a test.</summary>
    internal static IEnumerable<(string Name, string Sql)> StatementsForPlans(bool scoped)
    {
        yield return ("stages (live)", Fill(LiveStages, scoped, ScopeDeals, ScopeExits));
        yield return ("stages (past)", Fill(PastStages, scoped, ScopeDeals, ScopeExits));
        yield return ("most overdue (live)", Fill(LiveOverdue, scoped, ScopeDeals, ScopeExits));
        yield return ("most overdue (past)", Fill(PastOverdue, scoped, ScopeDeals, ScopeExits));
        yield return ("reps (live)", Fill(LiveReps, scoped, OwnedDeals, OwnedExits));
        yield return ("reps (past)", Fill(PastReps, scoped, OwnedDeals, OwnedExits));
        yield return ("exits", Fill(Exits, scoped, ScopeDeals, ScopeExits));
        yield return ("closed", Fill(Closed, scoped, ScopeDeals, ScopeExits));
    }

    /// <summary>The statement with its scope filters filled in (or nothing for a whole workspace).</summary>
    private static string Fill(string sql, bool scoped, string dealScope, string exitScope) => sql
        .Replace("{d}", scoped ? dealScope : "", StringComparison.Ordinal)
        .Replace("{e}", scoped ? exitScope : "", StringComparison.Ordinal)
        .Replace("{owned}", scoped ? OwnedDeals : "", StringComparison.Ordinal);

    // Live and past rows of one stage and currency arrive separately (the UNION ALL); a stage may hold several currencies.
    private static List<StageFigures> Combine(IEnumerable<StageRow> rows) =>
        [.. rows.GroupBy(r => r.Stage, StringComparer.Ordinal).Select(stage => new StageFigures(
            stage.Key,
            stage.Sum(r => r.Count),
            stage.Sum(r => r.Overdue),
            stage.Sum(r => r.AgeSeconds),
            [.. stage.Where(r => r.Total is not null).GroupBy(r => r.Currency, StringComparer.Ordinal)
                .Select(c => new Money(Normalize(c.Sum(r => r.Total!.Value)), c.Key)).OrderBy(m => m.Currency, StringComparer.Ordinal)]))];

    // numeric keeps the largest scale it summed ("7000.50"); a total reads better without trailing zeros.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    // The stored microsecond at or before the instant, and the one at or after it (see the .Sql.cs remarks).
    private static DateTimeOffset Down(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    private static DateTimeOffset Up(DateTimeOffset value) =>
        value.UtcTicks % TimeSpan.TicksPerMicrosecond == 0 ? Down(value) : Down(value).AddTicks(TimeSpan.TicksPerMicrosecond);

    private sealed record StageRow(string Stage, string Currency, int Count, int Overdue, long AgeSeconds, decimal? Total)
    {
        public static StageRow Read(DbDataReader r) => new(
            r.GetString(0),
            r.GetString(1),
            r.GetInt32(2),
            r.GetInt32(3),
            r.IsDBNull(4) ? 0 : r.GetInt64(4),
            r.IsDBNull(5) ? null : r.GetDecimal(5));
    }

    /// <summary>Runs one statement with the query's parameters; the scope filter goes in only when there is a scope.</summary>
    private sealed class Statements(NpgsqlConnection connection, PipelineQuery query)
    {
        private readonly Guid[]? _scope = query.HeldBy?.Select(m => m.Value).Distinct().ToArray();

        public async Task<List<T>> ReadAsync<T>(string sql, string dealScope, string exitScope, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Fill(sql, _scope is not null, dealScope, exitScope);
            command.Parameters.AddWithValue("ws", query.Workspace.Value);
            command.Parameters.AddWithValue("asOf", Down(query.AsOf));
            command.Parameters.AddWithValue("asOfUp", Up(query.AsOf));
            command.Parameters.AddWithValue("from", Up(query.From));
            command.Parameters.AddWithValue("to", Up(query.To));
            command.Parameters.AddWithValue("top", query.MostOverdue);
            command.Parameters.AddWithValue("reps", query.Reps);
            if (_scope is not null)
            {
                command.Parameters.AddWithValue("scope", _scope);
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
