using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace FollowBot.Storage.Sqlite;

/// <summary>The SQLite flavour of the model, with its own migrations under <c>Sqlite/Migrations</c>.</summary>
public sealed class SqliteFollowBotDbContext(DbContextOptions<SqliteFollowBotDbContext> options) : FollowBotDbContext(options)
{
    // https://www.sqlite.org/rescode.html#constraint_unique and #constraint_primarykey
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;

    /// <summary>The one place that sets up a SQLite context, for the application and the design-time tools alike.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance);

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };

    // lower() is replaced on every connection by a Unicode-aware one (SqliteConnectionSetup).
    protected override Func<SqlExpression, SqlExpression> FoldSql => Lower;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no DateTimeOffset type and EF can't order or compare it there; UTC ticks sort like the instants.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
