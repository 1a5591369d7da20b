using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class BotTokenStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : BotTokenStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : BotTokenStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task A_saved_credential_is_found_by_its_workspace_key_only()
    {
        await InScopeAsync<IBotTokenStore>(s => s.SaveAsync(new BotCredential("slack:T1", "xoxb-1", "UBOT", "B1", T0), Ct));

        var found = await InScopeAsync<IBotTokenStore, BotCredential?>(s => s.FindAsync("slack:T1", Ct));
        var other = await InScopeAsync<IBotTokenStore, BotCredential?>(s => s.FindAsync("slack:T2", Ct));

        found.ShouldBe(new BotCredential("slack:T1", "xoxb-1", "UBOT", "B1", T0));
        other.ShouldBeNull();
    }

    [Fact]
    public async Task Saving_again_replaces_the_token_and_survives_a_restart()
    {
        await InScopeAsync<IBotTokenStore>(s => s.SaveAsync(new BotCredential("slack:T1", "xoxb-old", "UBOT", "B1", T0), Ct));
        await InScopeAsync<IBotTokenStore>(s => s.SaveAsync(new BotCredential("slack:T1", "xoxb-new", "UBOT2", "B2", T0.AddHours(1)), Ct));

        await using var scope = NewProvider().CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<IBotTokenStore>().FindAsync("slack:T1", Ct);

        found.ShouldBe(new BotCredential("slack:T1", "xoxb-new", "UBOT2", "B2", T0.AddHours(1)));
    }

    [Fact]
    public async Task Delivery_log_is_reachable_through_the_core_port()
    {
        var log = Services.GetRequiredService<IDeliveryLog>();

        (await log.TryRecordAsync("slack:event:Ev1", Ct)).ShouldBeTrue();
        (await NewProvider().GetRequiredService<IDeliveryLog>().TryRecordAsync("slack:event:Ev1", Ct)).ShouldBeFalse();
    }
}
