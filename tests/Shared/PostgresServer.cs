using Npgsql;

namespace FollowBot.Testing;

/// <summary>
/// The PostgreSQL server the tests may use: <c>FOLLOWBOT_TEST_POSTGRES</c> holds an admin connection string (a role
/// that may CREATE DATABASE), e.g. <c>Host=127.0.0.1;Username=followbot;Password=followbot;Database=postgres</c>.
/// <c>.ci/run</c> installs and starts a server and sets it.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "FOLLOWBOT_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// The admin connection string, or: a skipped test with the reason on a developer's machine, a failed test in CI
    /// (<c>CI=true</c>), where the PostgreSQL half of the suite is required.
    /// </summary>
    public static string RequireAdminConnectionString()
    {
        if (AdminConnectionString is { } configured)
        {
            return configured;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI runs every test on PostgreSQL too, but {Variable} is not set: .ci/run starts a server and sets it.");
        }

        Assert.Skip($"PostgreSQL is not configured: set {Variable} to an admin connection string (e.g. 'Host=127.0.0.1;Username=followbot;Password=followbot;Database=postgres') to run this test on PostgreSQL too.");
        return "";
    }

    public static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(RequireAdminConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
