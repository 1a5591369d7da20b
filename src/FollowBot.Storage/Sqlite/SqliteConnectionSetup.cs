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
    // https://www.sqlite.org/rescode.html#busy and #readonly
    private const int Busy = 5;
    private const int ReadOnly = 8;

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
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is Busy or ReadOnly)
            {
                // A read-only connection (EF's "does the file exist?" check) can't switch the file, and another
                // instance may be switching it right now. WAL only lets readers and the writer overlap: this
                // connection works without it, and the next writable one switches the file.
            }
        }
    }
}
