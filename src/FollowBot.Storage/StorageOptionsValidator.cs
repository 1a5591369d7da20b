using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FollowBot.Storage;

/// <summary>Reports every configuration mistake at once, at start (house rule 6).</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var sqlite = string.Equals(options.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase);
        if (!sqlite)
        {
            failures.Add(UnsupportedProvider(options.Provider));
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is empty.");
        }
        else if (sqlite && !IsSqliteConnectionString(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a valid SQLite connection string (e.g. 'Data Source=followbot.db').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static string UnsupportedProvider(string? provider) =>
        $"Storage:Provider '{provider}' is not supported. Use '{StorageOptions.Sqlite}'.";

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
}
