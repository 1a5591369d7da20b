namespace FollowBot.Storage;

/// <summary>
/// Section <c>Database</c>. The connection string is read from <c>ConnectionStrings:FollowBot</c>, where hosting
/// tools expect it, and defaults to a SQLite file next to the app.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "FollowBot";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary><c>Sqlite</c> (one instance) or <c>Postgres</c> (any number of instances on one database).</summary>
    public string Provider { get; set; } = Sqlite;

    public string ConnectionString { get; set; } = "Data Source=followbot.db";

    public static bool IsSqlite(string? provider) => string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres(string? provider) => string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
