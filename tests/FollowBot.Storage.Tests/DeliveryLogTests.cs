using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class DeliveryLogTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : DeliveryLogTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : DeliveryLogTests(TestProvider.Postgres);

    [Fact]
    public async Task First_delivery_is_recorded_and_a_retry_is_recognised()
    {
        var log = Services.GetRequiredService<DeliveryLog>();

        (await log.TryRecordAsync("slack:Ev123", Ct)).ShouldBeTrue();
        (await log.TryRecordAsync("slack:Ev123", Ct)).ShouldBeFalse();
        (await log.TryRecordAsync("slack:Ev124", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_delivery_arriving_at_two_instances_at_once_is_handled_once()
    {
        var here = Services.GetRequiredService<DeliveryLog>();
        var there = NewProvider(instance: "b").GetRequiredService<DeliveryLog>();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(
            () => (i % 2 == 0 ? here : there).TryRecordAsync("teams:19:abc@thread.v2;1712345", Ct), Ct)));

        results.Count(r => r).ShouldBe(1);
    }

    [Fact]
    public async Task Recording_a_delivery_leaves_the_requests_unsaved_work_alone()
    {
        var ws = await AddWorkspaceAsync();
        var member = await AddMemberAsync(ws, "ANN");
        await using var scope = NewScope();
        var members = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        var loaded = (await members.GetAsync(ws.Id, member.Id, Ct))!;
        loaded.SetRole(Core.Domain.Role.Admin);

        (await scope.ServiceProvider.GetRequiredService<DeliveryLog>().TryRecordAsync("k1", Ct)).ShouldBeTrue();

        var stored = await InScopeAsync<IMemberStore, Core.Domain.Member?>(s => s.GetAsync(ws.Id, member.Id, Ct));
        stored!.Role.ShouldBe(Core.Domain.Role.Rep);
    }
}
