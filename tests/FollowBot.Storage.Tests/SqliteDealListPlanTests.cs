using System.Data.Common;
using System.Diagnostics;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FollowBot.Storage.Tests;

/// <summary>
/// A member's list (mine, overdue, digest) reads a page, not the member's deals or the workspace: every read of
/// Deals is an index search in list order that stops at the page, with no sort of a member's rows in between.
/// SQLite's planner asked directly (EXPLAIN QUERY PLAN) with the statement EF sends, on a file with no statistics,
/// which is how a fresh FollowBot database starts.
/// </summary>
public sealed class SqliteDealListPlanTests : StorageTestBase
{
    private readonly IDisposable _listeners;
    private DbCommand? _sent;
    private bool _capturing;

    public SqliteDealListPlanTests()
        : base(TestProvider.Sqlite)
    {
        // Listening before this test's first context exists: EF stops raising command events for a while on a
        // context that found nobody listening, and pooled contexts keep that decision.
        _listeners = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (_capturing && e.Value is CommandEventData { Command: { } command } && command.Connection?.DataSource == Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource) && command.CommandText.Contains("UNION", StringComparison.Ordinal))
                    {
                        _sent ??= command;
                    }
                }));
            }
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        _listeners.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_members_list_walks_the_owner_and_stage_owner_indexes_in_list_order()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var plan = await PlanOfAsync(new DealQuery(ws.Id) { HeldBy = [ann.Id], Limit = 25 });

        // SCAN lines may only read back the arms' own pages (co-routines), never a table or an index.
        var pages = plan.Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(line => "SCAN " + line["CO-ROUTINE ".Length..]).ToList();
        pages.Count.ShouldBe(4);
        plan.Where(line => line.StartsWith("SCAN", StringComparison.Ordinal)).ShouldAllBe(line => pages.Contains(line));
        var searches = plan.Where(line => line.StartsWith("SEARCH", StringComparison.Ordinal)).ToList();
        searches.Count(line => line.Contains("INDEX IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt_Number (WorkspaceId=? AND Status=? AND OwnerId=?", StringComparison.Ordinal)).ShouldBe(2);
        searches.Count(line => line.Contains("INDEX IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt_Number (WorkspaceId=? AND Status=? AND StageOwnerId=?", StringComparison.Ordinal)).ShouldBe(2);
        searches.Count(line => line.Contains("(Id=?)", StringComparison.Ordinal)).ShouldBe(1);
        searches.Count.ShouldBe(5);

        // Sorts only of pages: an arm's own page (for the union) and the final one, never inside a search, which
        // would mean sorting the member's deals before the page is cut ("RIGHT PART OF ORDER BY" included).
        var sorts = Enumerable.Range(0, plan.Count).Where(i => plan[i].Contains("TEMP B-TREE FOR", StringComparison.Ordinal) && plan[i].Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        sorts.ShouldNotBeEmpty();
        sorts.ShouldAllBe(i => i == plan.Count - 1 || pages.Contains(plan[i - 1]));
    }

    private async Task<List<string>> PlanOfAsync(DealQuery query)
    {
        _sent = null;
        _capturing = true;
        await InScopeAsync<IDealStore, IReadOnlyList<Deal>>(s => s.QueryAsync(query, Ct));
        _capturing = false;
        var sent = _sent.ShouldNotBeNull();

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sent.CommandText;
        foreach (DbParameter p in sent.Parameters)
        {
            explain.Parameters.AddWithValue(p.ParameterName, p.Value);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void OnNext(T value) => next(value);
    }
}
