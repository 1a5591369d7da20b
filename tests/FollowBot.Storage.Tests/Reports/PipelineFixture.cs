using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests.Reports;

/// <summary>
/// 48 deals written through the real store (so every stage move leaves its exit row), in groups whose figures are
/// counted by hand in <see cref="PipelineReportTests"/>. Times are days from <see cref="N"/> (Friday 2026-11-20
/// 00:00 UTC). Teams: M1 manages ann and bob, M2 manages cat and dan; eve has no manager. A second workspace holds
/// five deals that must never be counted.
/// </summary>
public abstract class PipelineFixture(TestProvider provider) : StorageTestBase(provider)
{
    public static readonly DateTimeOffset N = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    protected static readonly StageDefinition Lead = Stage("lead");
    protected static readonly StageDefinition Quote = Stage("quote");
    protected static readonly StageDefinition Contract = Stage("contract");
    protected static readonly StageDefinition Delivery = Stage("delivery");
    protected static readonly StageDefinition Payment = Stage("payment");
    protected static readonly StageDefinition Won = TestData.Won;
    protected static readonly StageDefinition Lost = TestData.Lost;

    protected Workspace Ws { get; private set; } = null!;
    protected Member M1 { get; private set; } = null!;
    protected Member M2 { get; private set; } = null!;
    protected Member Ann { get; private set; } = null!;
    protected Member Bob { get; private set; } = null!;
    protected Member Cat { get; private set; } = null!;
    protected Member Dan { get; private set; } = null!;
    protected Member Eve { get; private set; } = null!;

    /// <summary>Deal numbers by group, in creation order ("O11" → [#.., #..]).</summary>
    protected Dictionary<string, List<int>> Numbers { get; } = [];

    public static DateTimeOffset At(double days) => N.AddDays(days);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Ws = await AddWorkspaceAsync("pipeline");
        M1 = await AddMemberAsync(Ws, "m1", Role.Manager);
        M2 = await AddMemberAsync(Ws, "m2", Role.Manager);
        Ann = await AddMemberAsync(Ws, "ann");
        Bob = await AddMemberAsync(Ws, "bob");
        Cat = await AddMemberAsync(Ws, "cat");
        Dan = await AddMemberAsync(Ws, "dan");
        Eve = await AddMemberAsync(Ws, "eve");
        await InScopeAsync<IMemberStore>(async s =>
        {
            foreach (var (rep, manager) in new[] { (Ann, M1), (Bob, M1), (Cat, M2), (Dan, M2) })
            {
                (await s.GetAsync(Ws.Id, rep.Id, Ct))!.SetManager(manager.Id);
            }

            await s.SaveAsync(Ct);
        });

        // Open at N.        group  n  owner first     entered due    value                 moves (stage, at, due of the new stage)
        await GroupAsync("O1", 6, Ann, Lead, -2, 1, Cny(1000));
        await GroupAsync("O2", 3, Ann, Lead, -4, -1, Cny(500));
        await GroupAsync("O10", 5, Ann, Lead, -0.5, 2, Cny(100));
        await GroupAsync("O3", 4, Bob, Lead, -7, -6, new Money(2000, "USD"), (Quote, -5, 2));
        await GroupAsync("O4", 2, Bob, Lead, -12, -10, Cny(10000), (Quote, -10, -3));
        await GroupAsync("O9", 1, Dan, Lead, -4, null, Cny(4000), (Quote, -3, -0.5));
        await GroupAsync("O5", 3, Cat, Quote, -9, -7, Cny(20000), (Contract, -6, -1));
        await GroupAsync("O6", 2, Cat, Quote, -3, -1, null, (Contract, -1, 4));
        await GroupAsync("O11", 2, Ann, Lead, -15, -13, Cny(3000), (Quote, -14, -11), (Contract, -9, -4));
        await GroupAsync("O7", 2, Dan, Contract, -12, -7, new Money(3000, "EUR"), (Delivery, -8, 2));
        await GroupAsync("O8", 1, Eve, Delivery, -26, -21, Cny(7000.50m), (Payment, -20, -6));

        // Closed.
        await GroupAsync("C1", 3, Ann, Payment, -10, -2, Cny(5000), (Won, -5, null));
        await GroupAsync("C2", 2, Bob, Lead, -6, -5.5, Cny(800), (Lost, -3, null));
        await GroupAsync("C5", 4, Eve, Contract, -4, -1, Cny(1500), (Lost, -2, null));
        await GroupAsync("C3", 1, Cat, Payment, -50, -26, Cny(9000), (Won, -31, null));
        await GroupAsync("C4", 2, Dan, Lead, -31, -29, Cny(200), (Lost, -26, null));

        // O9's current stage is held by Ann: it is in her (and her team's) scope, while its owner is Dan.
        await ChangeAsync(Numbers["O9"][0], d => d.SetStageOwner(Ann.Id, At(-3)));

        // Another workspace: the same shapes, never counted.
        var other = await AddWorkspaceAsync("other");
        var stranger = await AddMemberAsync(other, "ann");
        for (var i = 0; i < 5; i++)
        {
            var number = await NewDealAsync(other, stranger, Lead, -3, i < 3 ? -1 : null, Cny(999), $"Other-{i}");
            await ChangeAsync(other, number, d => d.MoveTo(i < 2 ? Won : Quote, i < 2 ? null : At(-2), At(-2)));
        }
    }

    protected static Money Cny(decimal amount) => new(amount, "CNY");

    protected Task<PipelineFigures> SummarizeAsync(IReadOnlyCollection<MemberId>? heldBy, DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf, bool live) =>
        InScopeAsync<IPipelineReport, PipelineFigures>(r => r.SummarizeAsync(new PipelineQuery(Ws.Id, heldBy, from, to, asOf) { Live = live }, Ct));

    private static StageDefinition Stage(string key) =>
        new(key, key, key, BusinessDuration.FromDays(1), new Dictionary<Grade, BusinessDuration>(), false);

    private async Task GroupAsync(string group, int count, Member owner, StageDefinition first, double entered, double? due, Money? value, params (StageDefinition Stage, double At, double? Due)[] moves)
    {
        Numbers[group] = [];
        for (var i = 1; i <= count; i++)
        {
            var number = await NewDealAsync(Ws, owner, first, entered, due, value, $"{group}-{i}");
            Numbers[group].Add(number);
            foreach (var (stage, at, stageDue) in moves)
            {
                await ChangeAsync(number, d => d.MoveTo(stage, stageDue is { } sd ? At(sd) : null, At(at)));
            }
        }
    }

    private async Task<int> NewDealAsync(Workspace ws, Member owner, StageDefinition first, double entered, double? due, Money? value, string company)
    {
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
        var deal = new Deal(ws.Id, await store.NextNumberAsync(ws.Id, Ct), company, owner.Id, value?.Currency ?? "CNY", first, due is { } d ? At(d) : null, At(entered));
        if (value is { } v)
        {
            deal.SetValue(v, At(entered));
        }

        await store.AddAsync(deal, [], Ct);
        return deal.Number;
    }

    private Task ChangeAsync(int number, Action<Deal> change) => ChangeAsync(Ws, number, change);

    private async Task ChangeAsync(Workspace ws, int number, Action<Deal> change)
    {
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
        var deal = (await store.GetByNumberAsync(ws.Id, number, Ct))!;
        change(deal);
        (await store.SaveAsync(deal, [], Ct)).ShouldBe(SaveResult.Saved);
    }
}
