using System.Data.Common;
using System.Runtime.CompilerServices;
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

    // synchronous=NORMAL is SQLite's advice for WAL: a commit no longer waits for fsync (the WAL is synced at each
    // checkpoint), so the database stays consistent after any crash, and an application crash loses nothing; only a
    // power cut or OS crash may undo the last commits. FULL made every dedupe insert of a Teams message wait for the
    // disk (issue 9's profile). https://www.sqlite.org/pragma.html#pragma_synchronous
    private const string HandleSettings = "PRAGMA busy_timeout = {0}; PRAGMA synchronous = NORMAL;";

    // EF opens the connection for every query; a pooled native handle keeps its settings, and Microsoft.Data.Sqlite
    // registers a connection's functions again at each open. So each is set up once, not at every query.
    private static readonly ConditionalWeakTable<object, object> PreparedHandles = [];
    private static readonly ConditionalWeakTable<SqliteConnection, object> ConnectionsWithFunctions = [];

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

        if (ConnectionsWithFunctions.TryAdd(sqlite, sqlite))
        {
            // SQLite's lower()/upper() fold ASCII only; "find müller" must find "MÜLLER GmbH" (https://www.sqlite.org/faq.html#q18).
            sqlite.CreateFunction("lower", (string? s) => s?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? s) => s?.ToUpperInvariant(), isDeterministic: true);
        }

        if (sqlite.Handle is not { } handle || !PreparedHandles.TryAdd(handle, handle))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        var timeoutMs = Math.Max(1, sqlite.DefaultTimeout) * 1000;
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, HandleSettings, timeoutMs);
        command.ExecuteNonQuery();

        // Asked on its own: in one batch the scalar would be busy_timeout's answer, and WAL would be set every time.
        command.CommandText = "PRAGMA journal_mode;";
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
