using System.Globalization;
using FollowBot.Core.Domain;
using Microsoft.Data.Sqlite;

namespace FollowBot.Bench.Pipeline;

/// <summary>
/// Writes the benchmark's deals straight into the migrated tables (EF would take an hour for a million rows):
/// deals created over two years before <paramref name="now"/>, a quarter of them still open (spread over the five
/// stages, entered within the last 30 days, about 40 % past their deadline), the rest won (40 %) or lost, each with
/// the stage exits that got it where it is.
/// </summary>
internal static class Seeder
{
    private static readonly string[] Stages = ["lead", "quote", "contract", "delivery", "payment"];
    private static readonly string[] Currencies = ["CNY", "CNY", "CNY", "USD", "EUR"];

    public static (int Deals, int Exits) Seed(string connectionString, Guid workspace, IReadOnlyList<Guid> reps, DateTimeOffset now, int count)
    {
        var random = new Random(20261201);
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
        var exits = 0;
        for (var n = 1; n <= count; n++)
        {
            var id = Guid.CreateVersion7();
            var owner = Text(reps[random.Next(reps.Count)]);
            var currency = Currencies[random.Next(Currencies.Length)];
            var amount = (random.Next(1, 5000) * 100m).ToString("0.0", CultureInfo.InvariantCulture);
            var open = random.NextDouble() < 0.25;
            var created = now.AddDays(-(open ? random.NextDouble() * 90 : 30 + (random.NextDouble() * 700)));
            var finalStage = open ? random.Next(Stages.Length) : random.Next(1, Stages.Length + 1);
            var closedAt = open ? (DateTimeOffset?)null : created.AddDays(5 + (random.NextDouble() * 25));
            var stageStart = open ? now.AddDays(-random.NextDouble() * 30) : closedAt!.Value;
            if (stageStart < created)
            {
                stageStart = created;
            }

            var status = open ? 0 : random.NextDouble() < 0.4 ? 1 : 2;
            var stage = open ? Stages[finalStage] : status == 1 ? "won" : "lost";
            object due = open ? stageStart.AddDays(random.Next(1, 16)).UtcTicks : DBNull.Value;
            Set(dp, Text(id), ws, n, $"Company {n}", amount, currency, stage, status, owner, stageStart.UtcTicks, due, created.UtcTicks,
                closedAt is { } c ? c.UtcTicks : DBNull.Value);
            deal.ExecuteNonQuery();

            // The stages it left, evenly between creation and entering its current stage (or closing).
            var span = (stageStart - created) / Math.Max(1, finalStage);
            for (var s = 0; s < finalStage; s++)
            {
                var entered = created + (span * s);
                var left = s == finalStage - 1 ? stageStart : created + (span * (s + 1));
                var to = s + 1 < Stages.Length && (open || s + 1 < finalStage) ? Stages[s + 1] : random.NextDouble() < 0.4 ? "won" : "lost";
                Set(ep, Text(Guid.CreateVersion7()), ws, Text(id), Stages[s], to, owner, entered.UtcTicks, entered.AddDays(random.Next(1, 8)).UtcTicks, left.UtcTicks, amount, currency);
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
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.ExecuteNonQuery();
        return (count, exits);
    }

    public static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

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
