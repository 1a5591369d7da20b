namespace FollowBot.Testing;

/// <summary>The databases every integration test runs on (see <see cref="DatabaseTest"/>).</summary>
public enum TestProvider
{
    Sqlite,
    Postgres,
}
