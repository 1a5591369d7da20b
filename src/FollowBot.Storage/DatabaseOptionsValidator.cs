using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FollowBot.Storage;

/// <summary>Reports every configuration mistake at once, at start (house rule 6).</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    private const string ConnectionStringKey = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        var sqlite = DatabaseOptions.IsSqlite(options.Provider);
        var postgres = DatabaseOptions.IsPostgres(options.Provider);
        if (!sqlite && !postgres)
        {
            failures.Add(UnsupportedProvider(options.Provider));
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{ConnectionStringKey} is empty.");
        }
        else if (sqlite && !IsSqliteConnectionString(options.ConnectionString))
        {
            failures.Add($"{ConnectionStringKey} is not a valid SQLite connection string (e.g. 'Data Source=followbot.db').");
        }
        else if (postgres && !IsPostgresConnectionString(options.ConnectionString))
        {
            failures.Add($"{ConnectionStringKey} is not a valid PostgreSQL connection string (e.g. 'Host=db;Database=followbot;Username=followbot;Password=…').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static string UnsupportedProvider(string? provider) =>
        $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} '{provider}' is not supported. Use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}'.";

    private static bool IsSqliteConnectionString(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsPostgresConnectionString(string connectionString)
    {
        try
        {
            // Without a host Npgsql would try a local socket; say so now rather than at the first request.
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
