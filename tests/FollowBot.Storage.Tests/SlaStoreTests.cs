using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class SlaStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : SlaStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : SlaStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task Settings_for_all_grades_and_for_one_grade_live_side_by_side()
    {
        var ws = await AddWorkspaceAsync();
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<ISlaStore>();

        await store.SetAsync(ws.Id, new SlaSetting("lead", null, BusinessDuration.FromDays(2)), Ct);
        await store.SetAsync(ws.Id, new SlaSetting("lead", Grade.A, BusinessDuration.FromDays(1)), Ct);
        await store.SetAsync(ws.Id, new SlaSetting("quote", Grade.C, new BusinessDuration(1, TimeSpan.FromMinutes(90))), Ct);

        (await store.ListAsync(ws.Id, Ct)).ShouldBe(
        [
            new SlaSetting("lead", null, BusinessDuration.FromDays(2)),
            new SlaSetting("lead", Grade.A, BusinessDuration.FromDays(1)),
            new SlaSetting("quote", Grade.C, new BusinessDuration(1, TimeSpan.FromMinutes(90))),
        ]);
    }

    [Fact]
    public async Task Setting_the_same_stage_and_grade_again_replaces_it_including_all_grades()
    {
        var ws = await AddWorkspaceAsync();
        Task Set(SlaSetting setting) => InScopeAsync<ISlaStore>(s => s.SetAsync(ws.Id, setting, Ct));

        await Set(new SlaSetting("lead", null, BusinessDuration.FromDays(2)));
        await Set(new SlaSetting("Lead", null, BusinessDuration.FromDays(4)));
        await Set(new SlaSetting("lead", Grade.B, BusinessDuration.FromDays(3)));
        await Set(new SlaSetting("lead", Grade.B, BusinessDuration.FromHours(5)));

        var stored = await InScopeAsync<ISlaStore, IReadOnlyList<SlaSetting>>(s => s.ListAsync(ws.Id, Ct));
        stored.ShouldBe([new SlaSetting("lead", null, BusinessDuration.FromDays(4)), new SlaSetting("lead", Grade.B, BusinessDuration.FromHours(5))]);
    }

    [Fact]
    public async Task Business_hours_beyond_a_day_stay_hours_and_do_not_turn_into_days()
    {
        var ws = await AddWorkspaceAsync();
        await InScopeAsync<ISlaStore>(s => s.SetAsync(ws.Id, new SlaSetting("delivery", null, BusinessDuration.FromHours(30)), Ct));

        var stored = await InScopeAsync<ISlaStore, IReadOnlyList<SlaSetting>>(s => s.ListAsync(ws.Id, Ct));

        stored.Single().Sla.ShouldBe(new BusinessDuration(0, TimeSpan.FromHours(30)));
    }

    [Fact]
    public async Task Settings_of_another_workspace_are_invisible()
    {
        var a = await AddWorkspaceAsync("a");
        var b = await AddWorkspaceAsync("b");
        await InScopeAsync<ISlaStore>(s => s.SetAsync(b.Id, new SlaSetting("lead", null, BusinessDuration.FromDays(9)), Ct));

        (await InScopeAsync<ISlaStore, IReadOnlyList<SlaSetting>>(s => s.ListAsync(a.Id, Ct))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Concurrent_admins_setting_one_stage_leave_exactly_one_row()
    {
        var ws = await AddWorkspaceAsync();

        await Task.WhenAll(Enumerable.Range(1, 8).Select(days => Task.Run(
            () => InScopeAsync<ISlaStore>(s => s.SetAsync(ws.Id, new SlaSetting("lead", Grade.A, BusinessDuration.FromDays(days)), Ct)), Ct)));

        var stored = await InScopeAsync<ISlaStore, IReadOnlyList<SlaSetting>>(s => s.ListAsync(ws.Id, Ct));
        stored.Single().Stage.ShouldBe("lead");
    }
}
