namespace FollowBot.Storage;

/// <summary>
/// Section <c>Storage</c>. The connection string is read from <c>ConnectionStrings:FollowBot</c>, where hosting
/// tools expect it, and defaults to a file next to the app.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string ConnectionStringName = "FollowBot";
    public const string Sqlite = "Sqlite";

    /// <summary>Supported: <c>Sqlite</c>. (A PostgreSQL context and migration set can be added beside it.)</summary>
    public string Provider { get; set; } = Sqlite;

    public string ConnectionString { get; set; } = "Data Source=followbot.db";
}
