using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class MemberStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : MemberStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : MemberStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task Stored_member_comes_back_field_for_field_after_changes()
    {
        var ws = await AddWorkspaceAsync();
        var boss = await AddMemberAsync(ws, "U-BOSS", Role.Manager);
        var rep = await AddMemberAsync(ws, "U-REP");

        await using (var scope = NewScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IMemberStore>();
            rep = (await store.GetAsync(ws.Id, rep.Id, Ct)).ShouldNotBeNull();
            rep.Refresh("王小明", "wang@example.com", "Europe/Berlin", "zh-CN").ShouldBeTrue();
            rep.ChooseLocale("en");
            rep.SetRole(Role.Admin);
            rep.SetManager(boss.Id);
            await store.SaveAsync(Ct);
        }

        var found = await InScopeAsync<IMemberStore, Member?>(s => s.FindByExternalIdAsync(ws.Id, "U-REP", Ct));

        found.ShouldNotBeNull().ShouldHaveSameStateAs(rep);
        found.ManagerId.ShouldBe(boss.Id);
        found.DisplayName.ShouldBe("王小明");
    }

    [Fact]
    public async Task Members_of_another_workspace_are_invisible()
    {
        var a = await AddWorkspaceAsync("a");
        var b = await AddWorkspaceAsync("b");
        var inA = await AddMemberAsync(a, "U1");
        var inB = await AddMemberAsync(b, "U1");

        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IMemberStore>();

        inB.Id.ShouldNotBe(inA.Id);
        (await store.FindByExternalIdAsync(a.Id, "U1", Ct))!.Id.ShouldBe(inA.Id);
        (await store.GetAsync(a.Id, inB.Id, Ct)).ShouldBeNull();
        (await store.GetManyAsync(a.Id, [inA.Id, inB.Id], Ct)).Select(m => m.Id).ShouldBe([inA.Id]);
        (await store.ListAsync(a.Id, Ct)).Select(m => m.Id).ShouldBe([inA.Id]);
        (await store.FindByNameAsync(a.Id, "u1", Ct)).Select(m => m.Id).ShouldBe([inA.Id]);
    }

    [Theory]
    [InlineData("person u-anna")]
    [InlineData("PERSON U-ANNA")]
    [InlineData(" u-anna ")]
    public async Task Finds_by_display_name_or_external_id_ignoring_case(string name)
    {
        var ws = await AddWorkspaceAsync();
        var anna = await AddMemberAsync(ws, "U-ANNA");
        await AddMemberAsync(ws, "U-BOB");

        var found = await InScopeAsync<IMemberStore, IReadOnlyList<Member>>(s => s.FindByNameAsync(ws.Id, name, Ct));

        found.Select(m => m.Id).ShouldBe([anna.Id]);
    }

    [Fact]
    public async Task Name_match_folds_case_beyond_ascii()
    {
        var ws = await AddWorkspaceAsync();
        var jorg = await InScopeAsync<IMemberStore, Member>(s => s.AddAsync(new Member(ws.Id, "U-J", "JÖRG MÜLLER", "Europe/Berlin", Role.Rep, T0), Ct));

        var found = await InScopeAsync<IMemberStore, IReadOnlyList<Member>>(s => s.FindByNameAsync(ws.Id, "jörg müller", Ct));

        found.Select(m => m.Id).ShouldBe([jorg.Id]);
    }

    [Fact]
    public async Task Lists_reports_of_a_manager_and_knows_when_a_workspace_is_empty()
    {
        var ws = await AddWorkspaceAsync();
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        (await store.AnyAsync(ws.Id, Ct)).ShouldBeFalse();

        var boss = await store.AddAsync(TestData.Member(ws.Id, "BOSS", Role.Manager), Ct);
        var ann = await store.AddAsync(TestData.Member(ws.Id, "ANN"), Ct);
        await store.AddAsync(TestData.Member(ws.Id, "SOLO"), Ct);
        ann.SetManager(boss.Id);
        await store.SaveAsync(Ct);

        (await store.AnyAsync(ws.Id, Ct)).ShouldBeTrue();
        (await store.ListReportsAsync(ws.Id, boss.Id, Ct)).Select(m => m.ExternalId).ShouldBe(["ANN"]);
        (await store.ListAsync(ws.Id, Ct)).Select(m => m.ExternalId).ShouldBe(["ANN", "BOSS", "SOLO"]);
    }

    [Fact]
    public async Task Concurrent_first_messages_from_one_person_create_one_member()
    {
        var ws = await AddWorkspaceAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AddMemberAsync(ws, "U-NEW"), Ct)));

        results.Select(m => m.Id).Distinct().Count().ShouldBe(1);
    }
}
