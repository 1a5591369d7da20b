using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FollowBot.Bench.Shared;

/// <summary>
/// Writes <see cref="PipelineHistory"/> straight into the migrated SQLite tables, in one transaction of prepared
/// inserts (EF would take an hour for a million rows), values as EF stores them: ids as upper-case text, instants
/// as UTC ticks, amounts as decimal text.
/// </summary>
internal static class SqliteHistoryWriter
{
    public static (int Deals, int Exits) Write(string connectionString, Guid workspace, IEnumerable<HistoryDeal> deals)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var deal = connection.CreateCommand();
        deal.Transaction = transaction;
        deal.CommandText = """
            INSERT INTO "Deals" ("Id","WorkspaceId","Number","Company","Amount","Currency","Grade","Stage","Status","OwnerId","StageOwnerId",
              "StageEnteredAt","StageDueAt","DueOverridden","SnoozeCount","CreatedAt","UpdatedAt","ClosedAt","Version")
            VALUES ($id,$ws,$n,$company,$amount,$currency,1,$stage,$status,$owner,$owner,$entered,$due,0,0,$created,$entered,$closed,1)
            """;
        var dp = Parameters(deal, "$id", "$ws", "$n", "$company", "$amount", "$currency", "$stage", "$status", "$owner", "$entered", "$due", "$created", "$closed");
        using var exit = connection.CreateCommand();
        exit.Transaction = transaction;
        exit.CommandText = """
            INSERT INTO "StageExits" ("Id","WorkspaceId","DealId","Stage","ToStage","OwnerId","StageOwnerId","EnteredAt","DueAt","ExitedAt","Amount","Currency")
            VALUES ($id,$ws,$deal,$stage,$to,$owner,$owner,$entered,$due,$exited,$amount,$currency)
            """;
        var ep = Parameters(exit, "$id", "$ws", "$deal", "$stage", "$to", "$owner", "$entered", "$due", "$exited", "$amount", "$currency");
        var ws = Text(workspace);
        var (count, exits) = (0, 0);
        foreach (var d in deals)
        {
            var id = Text(d.Id);
            var owner = Text(d.Owner);
            var amount = d.Amount.ToString("0.0###########################", CultureInfo.InvariantCulture);
            Set(dp, id, ws, d.Number, d.Company, amount, d.Currency, d.Stage, d.Status, owner, d.StageEnteredAt.UtcTicks,
                Ticks(d.StageDueAt), d.CreatedAt.UtcTicks, Ticks(d.ClosedAt));
            deal.ExecuteNonQuery();
            count = Math.Max(count, d.Number);
            foreach (var e in d.Exits)
            {
                Set(ep, Text(e.Id), ws, id, e.Stage, e.ToStage, owner, e.EnteredAt.UtcTicks, e.DueAt.UtcTicks, e.ExitedAt.UtcTicks, amount, d.Currency);
                exit.ExecuteNonQuery();
                exits++;
            }
        }

        using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = """UPDATE "Workspaces" SET "LastDealNumber" = $n WHERE "Id" = $ws""";
            last.Parameters.AddWithValue("$n", count);
            last.Parameters.AddWithValue("$ws", ws);
            last.ExecuteNonQuery();
        }

        transaction.Commit();
        return (count, exits);
    }

    public static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

    private static object Ticks(DateTimeOffset? value) => value is { } v ? v.UtcTicks : DBNull.Value;

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n }))];

    private static void Set(SqliteParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }
}
