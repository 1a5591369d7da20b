using FollowBot.Bench.Shared;
using Npgsql;
using NpgsqlTypes;

namespace FollowBot.Bench;

/// <summary>
/// Writes <see cref="PipelineHistory"/> into the migrated PostgreSQL tables with binary <c>COPY</c> (PostgreSQL's
/// bulk path), deals and stage exits on two connections side by side: the same rows as
/// <see cref="SqliteHistoryWriter"/>. Exits arrive before their deals are committed, so the caller drops the
/// foreign keys first (<see cref="HistoryLoad"/>).
/// </summary>
internal static class PostgresHistoryWriter
{
    private const string DealColumns = """
        "Id","WorkspaceId","Number","Company","Amount","Currency","Grade","Stage","Status","OwnerId","StageOwnerId",
        "StageEnteredAt","StageDueAt","DueOverridden","SnoozeCount","CreatedAt","UpdatedAt","ClosedAt","Version"
        """;

    private const string ExitColumns = """
        "Id","WorkspaceId","DealId","Stage","ToStage","OwnerId","StageOwnerId","EnteredAt","DueAt","ExitedAt","Amount","Currency"
        """;

    public static (int Deals, int Exits) Write(string connectionString, Guid workspace, IEnumerable<HistoryDeal> deals)
    {
        using var dealConnection = new NpgsqlConnection(connectionString);
        using var exitConnection = new NpgsqlConnection(connectionString);
        dealConnection.Open();
        exitConnection.Open();
        var (count, exits) = (0, 0);
        using (var dealRows = dealConnection.BeginBinaryImport($"""COPY "Deals" ({DealColumns}) FROM STDIN (FORMAT BINARY)"""))
        using (var exitRows = exitConnection.BeginBinaryImport($"""COPY "StageExits" ({ExitColumns}) FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var d in deals)
            {
                dealRows.StartRow();
                dealRows.Write(d.Id, NpgsqlDbType.Uuid);
                dealRows.Write(workspace, NpgsqlDbType.Uuid);
                dealRows.Write(d.Number, NpgsqlDbType.Integer);
                dealRows.Write(d.Company, NpgsqlDbType.Text);
                dealRows.Write(d.Amount, NpgsqlDbType.Numeric);
                dealRows.Write(d.Currency, NpgsqlDbType.Text);
                dealRows.Write(1, NpgsqlDbType.Integer);
                dealRows.Write(d.Stage, NpgsqlDbType.Text);
                dealRows.Write(d.Status, NpgsqlDbType.Integer);
                dealRows.Write(d.Owner, NpgsqlDbType.Uuid);
                dealRows.Write(d.Owner, NpgsqlDbType.Uuid);
                dealRows.Write(d.StageEnteredAt, NpgsqlDbType.TimestampTz);
                WriteInstant(dealRows, d.StageDueAt);
                dealRows.Write(false, NpgsqlDbType.Boolean);
                dealRows.Write(0, NpgsqlDbType.Integer);
                dealRows.Write(d.CreatedAt, NpgsqlDbType.TimestampTz);
                dealRows.Write(d.StageEnteredAt, NpgsqlDbType.TimestampTz);
                WriteInstant(dealRows, d.ClosedAt);
                dealRows.Write(1, NpgsqlDbType.Integer);
                count = Math.Max(count, d.Number);
                foreach (var e in d.Exits)
                {
                    exitRows.StartRow();
                    exitRows.Write(e.Id, NpgsqlDbType.Uuid);
                    exitRows.Write(workspace, NpgsqlDbType.Uuid);
                    exitRows.Write(d.Id, NpgsqlDbType.Uuid);
                    exitRows.Write(e.Stage, NpgsqlDbType.Text);
                    exitRows.Write(e.ToStage, NpgsqlDbType.Text);
                    exitRows.Write(d.Owner, NpgsqlDbType.Uuid);
                    exitRows.Write(d.Owner, NpgsqlDbType.Uuid);
                    exitRows.Write(e.EnteredAt, NpgsqlDbType.TimestampTz);
                    exitRows.Write(e.DueAt, NpgsqlDbType.TimestampTz);
                    exitRows.Write(e.ExitedAt, NpgsqlDbType.TimestampTz);
                    exitRows.Write(d.Amount, NpgsqlDbType.Numeric);
                    exitRows.Write(d.Currency, NpgsqlDbType.Text);
                    exits++;
                }
            }

            dealRows.Complete();
            exitRows.Complete();
        }

        using var last = new NpgsqlCommand("""UPDATE "Workspaces" SET "LastDealNumber" = @n WHERE "Id" = @ws""", dealConnection);
        last.Parameters.AddWithValue("n", count);
        last.Parameters.AddWithValue("ws", workspace);
        last.ExecuteNonQuery();
        return (count, exits);
    }

    private static void WriteInstant(NpgsqlBinaryImporter rows, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            rows.Write(v, NpgsqlDbType.TimestampTz);
        }
        else
        {
            rows.WriteNull();
        }
    }
}
