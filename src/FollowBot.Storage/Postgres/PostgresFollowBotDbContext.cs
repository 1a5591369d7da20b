using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Npgsql;

namespace FollowBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL flavour of the model, with its own migrations under <c>Postgres/Migrations</c>: the database for
/// several FollowBot instances at once (unique indexes, row locks and advisory locks settle every race).
/// </summary>
public sealed class PostgresFollowBotDbContext(DbContextOptions<PostgresFollowBotDbContext> options) : FollowBotDbContext(options)
{
    /// <summary>
    /// ICU's root collation, created by initdb wherever PostgreSQL is built with ICU (Debian's, the official images,
    /// the big clouds). Its lower() folds every script, unlike the libc "C" locale, which folds ASCII only.
    /// </summary>
    public const string FoldCollation = "und-x-icu";

    /// <summary>The one place that sets up a PostgreSQL context, for the application and the design-time tools alike.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);

    // https://www.postgresql.org/docs/current/errcodes-appendix.html: 23505 unique_violation (primary keys too).
    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task SerializeWritersAsync(string stream, CancellationToken cancellationToken)
    {
        // A transaction-scoped advisory lock is released by COMMIT/ROLLBACK; outside a transaction it would be
        // released at once and order nothing.
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("SerializeWritersAsync needs an open transaction.");
        }

        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({stream}, 0))", cancellationToken);
    }

    // The session advisory lock every instance takes around its migrations (one key for the whole database).
    private const string MigrationLock = "hashtextextended('followbot-migrations', 0)";

    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // EF's own migration lock on PostgreSQL lasts one migration's transaction. With two migrations pending, an
        // instance that read the history before another applied the second one ran it again ("index … does not
        // exist"). A session lock held from before the history is read until the last migration is in settles it.
        await using var connection = new NpgsqlConnection(Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", connection);
        await take.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            await Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    protected override Func<SqlExpression, SqlExpression> FoldSql => static text => Lower(new CollateExpression(text, FoldCollation));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }
}
