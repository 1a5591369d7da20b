using Microsoft.Data.Sqlite;
using Npgsql;

namespace FollowBot.Testing;

/// <summary>
/// A fresh, empty database for one test, removed when the test ends: a temporary SQLite file, or a new PostgreSQL
/// database on the server of <see cref="PostgresServer"/>. FollowBot migrates it itself, as it does in production.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _postgresName;

    private TestDatabase(TestProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    public TestProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The value FollowBot reads from <c>Database:Provider</c>.</summary>
    public string ProviderSetting => Provider == TestProvider.Postgres ? "Postgres" : "Sqlite";

    /// <summary>The configuration that points FollowBot at this database.</summary>
    public Dictionary<string, string?> Settings(string? instance = null) => new()
    {
        ["Database:Provider"] = ProviderSetting,
        ["ConnectionStrings:FollowBot"] = ConnectionStringFor(instance),
    };

    /// <summary>
    /// The connection string for one app instance. On PostgreSQL each instance gets its own connection pool (pools
    /// are keyed by the string) and shows up by name in <c>pg_stat_activity</c>.
    /// </summary>
    public string ConnectionStringFor(string? instance) =>
        instance is null || Provider != TestProvider.Postgres
            ? ConnectionString
            : new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = $"followbot-{instance}" }.ConnectionString;

    public static async Task<TestDatabase> CreateAsync(TestProvider provider, CancellationToken cancellationToken)
    {
        if (provider == TestProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"followbot-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path}", path, null);
        }

        var admin = new NpgsqlConnectionStringBuilder(PostgresServer.RequireAdminConnectionString());
        var name = $"followbot_test_{Guid.NewGuid():N}";

        // The "C" locale is the least helpful one (its lower() folds ASCII only), so passing tests show FollowBot does
        // not depend on the server's locale for case-insensitive search.
        await PostgresServer.ExecuteAsync($"""CREATE DATABASE "{name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'""", cancellationToken);
        // Small pools, as several instances sharing one server must have: tests run side by side (two test processes,
        // several classes each, two "instances" in some tests) against the server's 100 connections.
        var connectionString = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, MaxPoolSize = 10 }.ConnectionString;
        return new TestDatabase(provider, connectionString, null, name);
    }

    /// <summary>
    /// Returns once <paramref name="work"/> has finished or is stuck behind another session's lock (write lock on
    /// SQLite, row or advisory lock on PostgreSQL), so a test can tell "waited its turn" from "went ahead".
    /// </summary>
    public async Task WaitUntilFinishedOrBlockedAsync(Task work, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!work.IsCompleted && !await SomeoneWaitsForALockAsync(timeout.Token))
        {
            await Task.Yield();
        }
    }

    private async Task<bool> SomeoneWaitsForALockAsync(CancellationToken cancellationToken)
    {
        if (Provider == TestProvider.Sqlite)
        {
            // SQLite has one writer: if the write lock is taken, any other writer can only wait for it.
            await using var probe = new SqliteConnection($"{ConnectionString};Default Timeout=1;Pooling=False");
            await probe.OpenAsync(cancellationToken);
            await using var command = probe.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE";
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                command.CommandText = "ROLLBACK";
                await command.ExecuteNonQueryAsync(cancellationToken);
                return false;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 5)
            {
                return true; // SQLITE_BUSY
            }
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await query.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            // Pooled connections keep the file open; close them before deleting.
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresName is not null)
        {
            // End the sessions the test's pools still hold, then drop. Not WITH (FORCE): that must end every session
            // on the database, and autovacuum's worker, busy on a database a test has just filled, is not ours to end
            // (42501, seen failing a test now and then). A plain DROP DATABASE stops autovacuum itself.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            for (var attempt = 1; ; attempt++)
            {
                await PostgresServer.ExecuteAsync(
                    $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_postgresName}' AND usename = current_user AND pid <> pg_backend_pid()",
                    CancellationToken.None);
                try
                {
                    await PostgresServer.ExecuteAsync($"""DROP DATABASE IF EXISTS "{_postgresName}" """, CancellationToken.None);
                    return;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
                {
                    // A session of ours opened between the two statements: end it too and try again.
                }
            }
        }
    }
}
