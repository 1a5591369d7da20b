using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public sealed class DatabaseProbeTests : StorageTestBase
{
    [Fact]
    public async Task Migrated_database_answers()
    {
        (await InScopeAsync<DatabaseProbe, bool>(p => p.CanConnectAsync(Ct))).ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_database_does_not_answer_and_is_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), $"followbot-missing-{Guid.NewGuid():N}", "none.db");
        var services = NewProvider(new Dictionary<string, string?> { ["ConnectionStrings:FollowBot"] = $"Data Source={path}" });
        await using var scope = services.CreateAsyncScope();

        (await scope.ServiceProvider.GetRequiredService<DatabaseProbe>().CanConnectAsync(Ct)).ShouldBeFalse();
        File.Exists(path).ShouldBeFalse();
    }
}
