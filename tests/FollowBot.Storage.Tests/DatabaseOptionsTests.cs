using FollowBot.Core.Persistence;
using FollowBot.Storage.Postgres;
using FollowBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowBot.Storage.Tests;

public sealed class DatabaseOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddFollowBotStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Defaults_to_sqlite_file_next_to_the_app()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        options.Provider.ShouldBe("Sqlite");
        options.ConnectionString.ShouldBe("Data Source=followbot.db");
    }

    [Fact]
    public void Reads_the_connection_string_from_ConnectionStrings_FollowBot()
    {
        using var services = Build(new() { ["ConnectionStrings:FollowBot"] = "Data Source=/var/lib/followbot/data.db" });

        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString.ShouldBe("Data Source=/var/lib/followbot/data.db");
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public async Task Postgres_provider_gives_the_postgres_context_without_connecting(string provider)
    {
        await using var services = Build(new() { ["Database:Provider"] = provider, ["ConnectionStrings:FollowBot"] = "Host=db.invalid;Database=followbot;Username=followbot" });
        await using var scope = services.CreateAsyncScope();

        var neutral = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();

        neutral.ShouldBeOfType<PostgresFollowBotDbContext>();
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider.ShouldBe(provider);
    }

    [Fact]
    public void Unsupported_provider_stops_registration_with_every_failure()
    {
        var ex = Should.Throw<OptionsValidationException>(() => Build(new() { ["Database:Provider"] = "Oracle", ["ConnectionStrings:FollowBot"] = " " }));

        ex.Failures.Count().ShouldBe(2);
        ex.Message.ShouldContain("Database:Provider 'Oracle' is not supported. Use 'Sqlite' or 'Postgres'.");
        ex.Message.ShouldContain("ConnectionStrings:FollowBot is empty.");
    }

    [Fact]
    public void Validator_reports_every_failure_at_once()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "Oracle", ConnectionString = " " });

        result.Failed.ShouldBeTrue();
        result.Failures!.Count().ShouldBe(2);
    }

    [Fact]
    public void Validator_rejects_a_connection_string_sqlite_cannot_read()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { ConnectionString = "Server=db;Port=5432" });

        result.FailureMessage.ShouldNotBeNull().ShouldContain("not a valid SQLite connection string");
    }

    [Theory]
    [InlineData("followbot.db")]
    [InlineData("Database=followbot;Username=followbot")]
    [InlineData("Host=db;Colour=blue")]
    public void Validator_rejects_a_connection_string_postgres_cannot_use(string connectionString)
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString });

        result.FailureMessage.ShouldNotBeNull().ShouldContain("not a valid PostgreSQL connection string");
    }

    [Fact]
    public void Validator_accepts_a_postgres_connection_string_with_a_host()
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=followbot;Username=followbot;Password=secret" };

        new DatabaseOptionsValidator().Validate(null, options).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task One_scope_shares_one_context_between_the_stores()
    {
        await using var services = Build([]);
        await using var scope = services.CreateAsyncScope();

        var neutral = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();

        neutral.ShouldBeOfType<SqliteFollowBotDbContext>();
        neutral.ShouldBeSameAs(scope.ServiceProvider.GetRequiredService<FollowBotDbContext>());
        scope.ServiceProvider.GetRequiredService<IDealStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IMemberStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<ISlaStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IMessageLog>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<DeliveryLog>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<DatabaseProbe>().ShouldNotBeNull();
    }

    [Fact]
    public async Task A_scopes_context_goes_back_to_the_pool_once_and_clean()
    {
        await using var services = Build([]);
        FollowBotDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
            first.Add(TestData.Workspace("pooled"));
            first.ChangeTracker.Entries().ShouldNotBeEmpty();
        }

        // Two scopes at once never share a context, and one handed back out comes back with nothing tracked.
        await using var a = services.CreateAsyncScope();
        await using var b = services.CreateAsyncScope();
        var (inA, inB) = (a.ServiceProvider.GetRequiredService<FollowBotDbContext>(), b.ServiceProvider.GetRequiredService<FollowBotDbContext>());
        inA.ShouldNotBeSameAs(inB);
        new[] { inA, inB }.ShouldContain(first, "the pool hands the context back out");
        inA.ChangeTracker.Entries().ShouldBeEmpty();
        inB.ChangeTracker.Entries().ShouldBeEmpty();
    }
}
