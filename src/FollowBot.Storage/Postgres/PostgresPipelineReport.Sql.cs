namespace FollowBot.Storage.Postgres;

/// <summary>
/// The summary's SQL on PostgreSQL, statement for statement the SQLite one (same rows, same order, same limits).
/// Instants are <c>timestamptz</c>, ids <c>uuid</c>, amounts <c>numeric</c> summed exactly by the database.
/// <c>{d}</c>/<c>{e}</c> stand for the scope filter on deals and on stage exits, <c>{owned}</c> for the owners-only
/// one (empty for a whole workspace).
/// </summary>
/// <remarks>
/// Counts are <c>COUNT(*) FILTER</c> (0, never NULL: a NULL would sort first under DESC here, last on SQLite) cast
/// to int. <c>@asOf</c> is the report instant cut down to the stored microsecond and <c>@asOfUp</c> rounded up to
/// it, so "before" and "at or before" mean what they mean on SQLite's ticks even for an instant between microseconds
/// (likewise <c>@from</c>/<c>@to</c>, rounded up, for their <c>&gt;=</c>/<c>&lt;</c>).
/// </remarks>
internal sealed partial class PostgresPipelineReport
{
    // Held by someone in scope: owner or stage owner, the same rule as "mine" and "overdue" (product §8).
    private const string ScopeDeals = """ AND ("d"."OwnerId" = ANY(@scope) OR "d"."StageOwnerId" = ANY(@scope))""";

    // A rep's line counts the deals they own: a stage someone else in the team holds is still the owner's deal.
    private const string OwnedDeals = """ AND "d"."OwnerId" = ANY(@scope)""";

    private const string OwnedExits = """ AND "e"."OwnerId" = ANY(@scope)""";

    private const string ScopeExits = """ AND ("e"."OwnerId" = ANY(@scope) OR "e"."StageOwnerId" = ANY(@scope))""";

    // Whole seconds in the stage per deal, truncated as SQLite's integer division of ticks does, then summed.
    private const string LiveStages = """
        SELECT "d"."Stage", "d"."Currency", COUNT(*)::int, (COUNT(*) FILTER (WHERE "d"."StageDueAt" < @asOfUp))::int,
            SUM(trunc(EXTRACT(EPOCH FROM (@asOf - "d"."StageEnteredAt"))))::bigint, SUM("d"."Amount")
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 {d}
        GROUP BY "d"."Stage", "d"."Currency"
        """;

    private const string PastStages = """
        SELECT "d"."Stage", "d"."Currency", COUNT(*)::int, (COUNT(*) FILTER (WHERE "d"."StageDueAt" < @asOfUp))::int,
            SUM(trunc(EXTRACT(EPOCH FROM (@asOf - "d"."StageEnteredAt"))))::bigint, SUM("d"."Amount")
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 AND "d"."StageEnteredAt" <= @asOf {d}
        GROUP BY "d"."Stage", "d"."Currency"
        UNION ALL
        SELECT "e"."Stage", "e"."Currency", COUNT(*)::int, (COUNT(*) FILTER (WHERE "e"."DueAt" < @asOfUp))::int,
            SUM(trunc(EXTRACT(EPOCH FROM (@asOf - "e"."EnteredAt"))))::bigint, SUM("e"."Amount")
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = @ws AND "e"."ExitedAt" > @asOf AND "e"."EnteredAt" <= @asOf {e}
        GROUP BY "e"."Stage", "e"."Currency"
        """;

    private const string LiveOverdue = """
        SELECT "d"."Number", "d"."Company", "d"."Stage", "d"."OwnerId", "d"."StageDueAt", "d"."Amount", "d"."Currency"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 AND "d"."StageDueAt" < @asOfUp {d}
        ORDER BY "d"."StageDueAt", "d"."Number" LIMIT @top
        """;

    // uuid order is the order of its text, so "DealId" breaks ties as SQLite's Guid text does.
    private const string PastOverdue = """
        (SELECT "d"."Number", "d"."Company", "d"."Stage", "d"."OwnerId", "d"."StageDueAt", "d"."Amount", "d"."Currency"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 AND "d"."StageDueAt" < @asOfUp AND "d"."StageEnteredAt" <= @asOf {d}
        ORDER BY "d"."StageDueAt", "d"."Number" LIMIT @top)
        UNION ALL
        SELECT "x"."Number", "x"."Company", "e"."Stage", "e"."OwnerId", "e"."DueAt", "e"."Amount", "e"."Currency"
        FROM (
        SELECT "e"."DealId", "e"."Stage", "e"."OwnerId", "e"."DueAt", "e"."Amount", "e"."Currency"
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = @ws AND "e"."ExitedAt" > @asOf AND "e"."EnteredAt" <= @asOf AND "e"."DueAt" < @asOfUp {e}
        ORDER BY "e"."DueAt", "e"."DealId" LIMIT @top) AS "e"
        JOIN "Deals" AS "x" ON "x"."Id" = "e"."DealId"
        """;

    private const string LiveReps = """
        SELECT "d"."OwnerId", COUNT(*)::int AS "Open", (COUNT(*) FILTER (WHERE "d"."StageDueAt" < @asOfUp))::int AS "Late"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 {d}
        GROUP BY "d"."OwnerId"
        ORDER BY 3 DESC, 2 DESC, 1 LIMIT @reps
        """;

    private const string PastReps = """
        SELECT "r"."OwnerId", COUNT(*)::int, (COUNT(*) FILTER (WHERE "r"."Late"))::int FROM (
        SELECT "d"."OwnerId", "d"."StageDueAt" < @asOfUp AS "Late"
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."Status" = 0 AND "d"."StageEnteredAt" <= @asOf {d}
        UNION ALL
        SELECT "e"."OwnerId", "e"."DueAt" < @asOfUp
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = @ws AND "e"."ExitedAt" > @asOf AND "e"."EnteredAt" <= @asOf {e}) AS "r"
        GROUP BY "r"."OwnerId"
        ORDER BY 3 DESC, 2 DESC, 1 LIMIT @reps
        """;

    // On time: left at or before the deadline in force; exits from a stage without a deadline are counted apart.
    private const string Exits = """
        SELECT COUNT(*)::int, COUNT("e"."DueAt")::int, (COUNT(*) FILTER (WHERE "e"."ExitedAt" <= "e"."DueAt"))::int
        FROM "StageExits" AS "e"
        WHERE "e"."WorkspaceId" = @ws AND "e"."ExitedAt" >= @from AND "e"."ExitedAt" < @to {e}
        """;

    // Closing hands the last stage back to the owner (Deal.MoveTo), so a closed deal is its owner's.
    private const string Closed = """
        SELECT (COUNT(*) FILTER (WHERE "d"."Status" = 1))::int, (COUNT(*) FILTER (WHERE "d"."Status" = 2))::int
        FROM "Deals" AS "d"
        WHERE "d"."WorkspaceId" = @ws AND "d"."ClosedAt" >= @from AND "d"."ClosedAt" < @to {owned}
        """;
}
