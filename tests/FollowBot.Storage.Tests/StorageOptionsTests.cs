using FollowBot.Core.Persistence;
using FollowBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowBot.Storage.Tests;

public sealed class StorageOptionsTests
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

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        options.Provider.ShouldBe("Sqlite");
        options.ConnectionString.ShouldBe("Data Source=followbot.db");
    }

    [Fact]
    public void Reads_the_connection_string_from_ConnectionStrings_FollowBot()
    {
        using var services = Build(new() { ["ConnectionStrings:FollowBot"] = "Data Source=/var/lib/followbot/data.db" });

        services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString.ShouldBe("Data Source=/var/lib/followbot/data.db");
    }

    [Fact]
    public void Unsupported_provider_stops_registration_with_a_clear_message()
    {
        var ex = Should.Throw<OptionsValidationException>(() => Build(new() { ["Storage:Provider"] = "Postgres" }));

        ex.Message.ShouldContain("Storage:Provider 'Postgres' is not supported");
    }

    [Fact]
    public void Validator_reports_every_failure_at_once()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Oracle", ConnectionString = " " });

        result.Failed.ShouldBeTrue();
        result.Failures!.Count().ShouldBe(2);
    }

    [Fact]
    public void Validator_rejects_a_connection_string_sqlite_cannot_read()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = "Server=db;Port=5432" });

        result.FailureMessage.ShouldNotBeNull().ShouldContain("not a valid SQLite connection string");
    }

    [Fact]
    public async Task One_scope_shares_one_context_between_the_stores()
    {
        await using var services = Build([]);
        await using var scope = services.CreateAsyncScope();

        var neutral = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();

        neutral.ShouldBeOfType<SqliteFollowBotDbContext>();
        neutral.ShouldBeSameAs(scope.ServiceProvider.GetRequiredService<SqliteFollowBotDbContext>());
        scope.ServiceProvider.GetRequiredService<IDealStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IMemberStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<ISlaStore>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<IMessageLog>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<DeliveryLog>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<DatabaseProbe>().ShouldNotBeNull();
    }
}
