using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FollowBot.Storage.Sqlite;

/// <summary>Prepares every SQLite connection EF opens (pooled ones too, since these settings are per handle).</summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    // busy_timeout makes a second writer (another context, another process) wait for the lock instead of failing at
    // once with SQLITE_BUSY. WAL lets readers run beside the one writer (https://www.sqlite.org/wal.html); it is a
    // property of the file, so it is switched on once: setting it again needs a lock, which would make every new
    // connection wait behind a writer, readers too.
    private const string BusyTimeout = "PRAGMA busy_timeout = {0}; PRAGMA journal_mode;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private static void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        // SQLite's lower()/upper() fold ASCII only; "find müller" must find "MÜLLER GmbH" (https://www.sqlite.org/faq.html#q18).
        sqlite.CreateFunction("lower", (string? s) => s?.ToLowerInvariant(), isDeterministic: true);
        sqlite.CreateFunction("upper", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);

        using var command = sqlite.CreateCommand();
        var timeoutMs = Math.Max(1, sqlite.DefaultTimeout) * 1000;
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, BusyTimeout, timeoutMs);
        if (!string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
    }
}
