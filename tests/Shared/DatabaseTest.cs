namespace FollowBot.Testing;

/// <summary>
/// The one base of every test that touches a database: each test gets its own fresh database
/// (<see cref="TestDatabase"/>) of the class's provider, and every test class runs on SQLite always and on
/// PostgreSQL when <c>FOLLOWBOT_TEST_POSTGRES</c> is set (skipped with the reason otherwise; required in CI).
/// </summary>
/// <remarks>
/// The pattern, for a new test class: make it abstract, take the provider, and declare one tiny subclass per
/// provider inside it. xunit runs the inherited tests once per subclass, named <c>MyTests+OnSqlite.Test_name</c>
/// and <c>MyTests+OnPostgres.Test_name</c> (filter with <c>--filter-class "*+OnPostgres"</c>).
/// <code>
/// public abstract class MyTests(TestProvider provider) : StorageTestBase(provider)   // or DatabaseTest(provider)
/// {
///     public sealed class OnSqlite() : MyTests(TestProvider.Sqlite);
///     public sealed class OnPostgres() : MyTests(TestProvider.Postgres);
///
///     [Fact]
///     public async Task Something_happens() { … Database / NewProvider() / new FollowBotApp(Database) … }
/// }
/// </code>
/// A class that is about one provider only derives directly with that provider and says so in its name
/// (<c>SqliteConnectionSetupTests() : StorageTestBase(TestProvider.Sqlite)</c>). <c>EveryDatabaseTestRunsOnBothProviders</c>
/// checks both rules. Test state that must not leak between the two subclasses running in parallel lives in instance
/// fields, never in static ones.
/// </remarks>
public abstract class DatabaseTest(TestProvider provider) : IAsyncLifetime
{
    public TestProvider Provider { get; } = provider;

    /// <summary>This test's database; created before the test, dropped after it.</summary>
    protected TestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync(Provider, Ct);

    public virtual async ValueTask DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
