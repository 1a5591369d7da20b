namespace FollowBot.Storage.Sqlite;

/// <summary>
/// The summary's SQL. Instants are UTC ticks (<see cref="UtcTicksConverter"/>), ids upper-case Guid text (EF's
/// SQLite mapping), amounts decimal text. <c>{d}</c>/<c>{e}</c> stand for the scope filter on deals and on stage
/// exits (empty for a whole workspace), <c>{sum:d}</c>/<c>{sum:e}</c> for the two columns of a money total.
/// </summary>
/// <remarks>
/// A total is summed natively in whole cents (fast: no call back into .NET per row), exact while every amount has
/// at most two decimals; the second column counts the amounts with finer fractions, and when there are any the
/// statement runs again with EF's exact decimal <c>ef_sum</c>.
/// </remarks>
internal sealed partial class SqlitePipelineReport
{
    // EF writes a decimal as text with a point ("12345.0"): more than two digits after it is finer than a cent. A text
    // without a point only takes the slower exact path, never a wrong one.
    private const string CentsSum = """SUM(CAST(ROUND({a} * 100) AS INTEGER)), SUM(length({a}) - instr({a}, '.') > 2)""";

    private const string DecimalSum = """ef_sum({a}), 0""";

    // Held by someone in scope: owner or stage owner, the same rule as "mine" and "overdue" (product §8).
    private const string ScopeDeals =
        """ AND ("d"."OwnerId" IN (SELECT value FROM json_each($scope)) OR "d"."StageOwnerId" IN (SELECT value FROM json_each($scope)))""";

    // A rep's line counts the deals they own: a stage someone else in the team holds is still the owner's deal.
    private const string OwnedDeals = """ AND "d"."OwnerId" IN (SELECT value FROM json_each($scope))""";

    private const string OwnedExits = """ AND "e"."OwnerId" IN (SELECT value FROM json_each($scope))""";

    private const string ScopeExits =
        """ AND ("e"."OwnerId" IN (SELECT value FROM json_each($scope)) OR "e"."StageOwnerId" IN (SELECT value FROM json_each($scope)))""";

    // Open deals now in their stage since before the instant; with history, plus exits that were then still in it.
    private const string LiveStages = """
        SELECT "d"."Stage", "d"."Currency", COUNT(*), SUM("d"."StageDueAt" < $asOf), SUM(($asOf - "d"."StageEnteredAt") / 10000000), {sum:d}
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 {d}
        GROUP BY "d"."Stage", "d"."Currency"
        """;

    private const string PastStages = """
        SELECT "d"."Stage", "d"."Currency", COUNT(*), SUM("d"."StageDueAt" < $asOf), SUM(($asOf - "d"."StageEnteredAt") / 10000000), {sum:d}
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 AND "d"."StageEnteredAt" <= $asOf {d}
        GROUP BY "d"."Stage", "d"."Currency"
        UNION ALL
        SELECT "e"."Stage", "e"."Currency", COUNT(*), SUM("e"."DueAt" < $asOf), SUM(($asOf - "e"."EnteredAt") / 10000000), {sum:e}
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = $ws AND "e"."ExitedAt" > $asOf AND "e"."EnteredAt" <= $asOf {e}
        GROUP BY "e"."Stage", "e"."Currency"
        """;

    private const string LiveOverdue = """
        SELECT "d"."Number", "d"."Company", "d"."Stage", "d"."OwnerId", "d"."StageDueAt", "d"."Amount", "d"."Currency"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 AND "d"."StageDueAt" < $asOf {d}
        ORDER BY "d"."StageDueAt", "d"."Number" LIMIT $top
        """;

    private const string PastOverdue = """
        SELECT * FROM (
        SELECT "d"."Number", "d"."Company", "d"."Stage", "d"."OwnerId", "d"."StageDueAt", "d"."Amount", "d"."Currency"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 AND "d"."StageDueAt" < $asOf AND "d"."StageEnteredAt" <= $asOf {d}
        ORDER BY "d"."StageDueAt", "d"."Number" LIMIT $top)
        UNION ALL
        SELECT "x"."Number", "x"."Company", "e"."Stage", "e"."OwnerId", "e"."DueAt", "e"."Amount", "e"."Currency"
        FROM (
        SELECT "e"."DealId", "e"."Stage", "e"."OwnerId", "e"."DueAt", "e"."Amount", "e"."Currency"
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = $ws AND "e"."ExitedAt" > $asOf AND "e"."EnteredAt" <= $asOf AND "e"."DueAt" < $asOf {e}
        ORDER BY "e"."DueAt", "e"."DealId" LIMIT $top) AS "e"
        JOIN "Deals" AS "x" ON "x"."Id" = "e"."DealId"
        """;

    private const string LiveReps = """
        SELECT "d"."OwnerId", COUNT(*) AS "Open", SUM("d"."StageDueAt" < $asOf) AS "Late"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 {d}
        GROUP BY "d"."OwnerId"
        ORDER BY 3 DESC, 2 DESC, 1 LIMIT $reps
        """;

    // Rows are grouped once, outside: grouping each half made SQLite walk an owner index over every exit ever.
    private const string PastReps = """
        SELECT "OwnerId", COUNT(*), SUM("Late") FROM (
        SELECT "d"."OwnerId", "d"."StageDueAt" < $asOf AS "Late"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."Status" = 0 AND "d"."StageEnteredAt" <= $asOf {d}
        UNION ALL
        SELECT "e"."OwnerId", "e"."DueAt" < $asOf
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = $ws AND "e"."ExitedAt" > $asOf AND "e"."EnteredAt" <= $asOf {e})
        GROUP BY "OwnerId"
        ORDER BY 3 DESC, 2 DESC, 1 LIMIT $reps
        """;

    // On time: left at or before the deadline in force; exits from a stage without a deadline are counted apart.
    private const string Exits = """
        SELECT COUNT(*), COUNT("e"."DueAt"), COALESCE(SUM("e"."ExitedAt" <= "e"."DueAt"), 0)
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = $ws AND "e"."ExitedAt" >= $from AND "e"."ExitedAt" < $to {e}
        """;

    // Closing hands the last stage back to the owner (Deal.MoveTo), so a closed deal is its owner's.
    private const string Closed = """
        SELECT COALESCE(SUM("d"."Status" = 1), 0), COALESCE(SUM("d"."Status" = 2), 0)
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = $ws AND "d"."ClosedAt" >= $from AND "d"."ClosedAt" < $to {owned}
        """;
}
