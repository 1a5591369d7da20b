using System.Data.Common;
using FollowBot.Bench.Shared;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FollowBot.Bench;

/// <summary>
/// Loads <see cref="PipelineHistory"/> the way a bulk load is done on each database: the migration's secondary
/// indexes (and on PostgreSQL the foreign keys) of Deals and StageExits are read from the catalogue and dropped,
/// the rows written with the provider's bulk path, then every index and key made again as the migration defined it,
/// and the planner's statistics gathered (on PostgreSQL with VACUUM, so the covering indexes serve index-only scans).
/// </summary>
internal static class HistoryLoad
{
    private const string SqliteIndexes = """
        SELECT 'DROP INDEX "' || name || '"', sql FROM sqlite_master
        WHERE type = 'index' AND tbl_name IN ('Deals', 'StageExits') AND sql IS NOT NULL
        """;

    // Indexes that no constraint owns (so not the primary keys), then the foreign keys of both tables.
    private const string PostgresIndexesAndKeys = """
        SELECT format('DROP INDEX %I', indexname), indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN ('Deals', 'StageExits')
          AND indexname NOT IN (SELECT conname FROM pg_constraint)
        UNION ALL
        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
               format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
        FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('"Deals"'::regclass, '"StageExits"'::regclass)
        """;

    public static (int Deals, int Exits) Run(BenchDatabase database, Guid workspace, IEnumerable<HistoryDeal> deals)
    {
        using DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        connection.Open();
        var statements = Read(connection, database.IsPostgres ? PostgresIndexesAndKeys : SqliteIndexes);
        statements.ForEach(s => Execute(connection, s.Drop));
        var written = database.IsPostgres
            ? PostgresHistoryWriter.Write(database.ConnectionString, workspace, deals)
            : SqliteHistoryWriter.Write(database.ConnectionString, workspace, deals);
        statements.ForEach(s => Execute(connection, s.Create));
        foreach (var analyze in database.IsPostgres ? ["""VACUUM ANALYZE "Deals" """, """VACUUM ANALYZE "StageExits" """] : new[] { "ANALYZE" })
        {
            Execute(connection, analyze); // one statement each: VACUUM runs outside a transaction
        }

        return written;
    }

    private static List<(string Drop, string Create)> Read(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var statements = new List<(string, string)>();
        while (reader.Read())
        {
            statements.Add((reader.GetString(0), reader.GetString(1)));
        }

        return statements.Count > 0 ? statements : throw new InvalidOperationException("No indexes found on Deals and StageExits.");
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
