using Microsoft.Data.Sqlite;
using Npgsql;

namespace FollowBot.Bench;

/// <summary>A fresh database for one measurement, removed afterwards: a temporary SQLite file or a new PostgreSQL database.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;

    private BenchDatabase(string provider, string connectionString, string? adminConnectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
    }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> reads it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static BenchDatabase Sqlite() =>
        new("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"followbot-bench-{Guid.NewGuid():N}.db")}", null);

    public static async Task<BenchDatabase> PostgresAsync(string adminConnectionString)
    {
        var name = $"followbot_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"""CREATE DATABASE "{name}" TEMPLATE template0 ENCODING 'UTF8'""");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 32 }.ConnectionString;
        return new BenchDatabase("Postgres", connectionString, adminConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await ExecuteAsync(_adminConnectionString, $"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
