using System.Diagnostics.CodeAnalysis;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Shared;

/// <summary>
/// The pipeline summary's workload: workspace "bench" with an admin and 100 managers of 10 reps each, and deals
/// created over two years before <see cref="Now"/>, a quarter of them still open (spread over the five stages,
/// entered within the last 30 days, about two thirds past their deadline), the rest won (40 %) or lost, each with
/// the stage exits that got it where it is (about 2.75 per deal). The same seed gives the same figures on every
/// provider; only the ids differ.
/// </summary>
internal static class PipelineHistory
{
    public const int Managers = 100;
    public const int RepsPerManager = 10;
    public static readonly DateTimeOffset Now = new(2026, 12, 15, 2, 0, 0, TimeSpan.Zero);

    /// <summary>December 2026 in Asia/Shanghai, the workspace's zone: the period of <c>pipeline all</c> at <see cref="Now"/>.</summary>
    public static readonly (DateTimeOffset From, DateTimeOffset To) Month =
        (new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));

    private static readonly string[] Stages = ["lead", "quote", "contract", "delivery", "payment"];
    private static readonly string[] Currencies = ["CNY", "CNY", "CNY", "USD", "EUR"];

    /// <summary>The workspace and its people, through the stores; returns the reps who own the deals.</summary>
    public static async Task<(Workspace Workspace, IReadOnlyList<Guid> Reps)> AddPeopleAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var workspaces = scope.ServiceProvider.GetRequiredService<IWorkspaceStore>();
        var members = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        var workspace = await workspaces.AddAsync(new Workspace("bench", "Bench Ltd", "CNY", "Asia/Shanghai", "en", Now), default);
        await members.AddAsync(new Member(workspace.Id, "admin", "Admin", "Asia/Shanghai", Role.Admin, Now), default);
        var reps = new List<Guid>();
        for (var m = 1; m <= Managers; m++)
        {
            var manager = await members.AddAsync(new Member(workspace.Id, $"mgr-{m}", $"Manager {m}", "Asia/Shanghai", Role.Manager, Now), default);
            for (var r = 1; r <= RepsPerManager; r++)
            {
                var rep = new Member(workspace.Id, $"rep-{m}-{r}", $"Rep {m}-{r}", "Asia/Shanghai", Role.Rep, Now);
                rep.SetManager(manager.Id);
                reps.Add((await members.AddAsync(rep, default)).Id.Value);
            }
        }

        return (workspace, reps);
    }

    /// <summary>Deals 1..<paramref name="count"/>, made one at a time as they are read (instants to the microsecond, as stored).</summary>
    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "A reproducible workload, not a secret.")]
    public static IEnumerable<HistoryDeal> Generate(IReadOnlyList<Guid> reps, int count)
    {
        var now = Now;
        var random = new Random(20261201);
        for (var n = 1; n <= count; n++)
        {
            var id = Guid.CreateVersion7();
            var owner = reps[random.Next(reps.Count)];
            var currency = Currencies[random.Next(Currencies.Length)];
            var amount = random.Next(1, 5000) * 100m;
            var open = random.NextDouble() < 0.25;
            var created = now.AddDays(-(open ? random.NextDouble() * 90 : 30 + (random.NextDouble() * 700)));
            var finalStage = open ? random.Next(Stages.Length) : random.Next(1, Stages.Length + 1);
            var closedAt = open ? (DateTimeOffset?)null : created.AddDays(5 + (random.NextDouble() * 25));
            var stageStart = open ? now.AddDays(-random.NextDouble() * 30) : closedAt!.Value;
            if (stageStart < created)
            {
                stageStart = created;
            }

            var status = open ? 0 : random.NextDouble() < 0.4 ? 1 : 2;
            var stage = open ? Stages[finalStage] : status == 1 ? "won" : "lost";
            DateTimeOffset? due = open ? stageStart.AddDays(random.Next(1, 16)) : null;

            // The stages it left, evenly between creation and entering its current stage (or closing).
            var exits = new HistoryExit[finalStage];
            var span = (stageStart - created) / Math.Max(1, finalStage);
            for (var s = 0; s < finalStage; s++)
            {
                var entered = created + (span * s);
                var left = s == finalStage - 1 ? stageStart : created + (span * (s + 1));
                var to = s + 1 < Stages.Length && (open || s + 1 < finalStage) ? Stages[s + 1] : random.NextDouble() < 0.4 ? "won" : "lost";
                exits[s] = new HistoryExit(Guid.CreateVersion7(), Stages[s], to, Micro(entered), Micro(entered.AddDays(random.Next(1, 8))), Micro(left));
            }

            yield return new HistoryDeal(id, n, owner, amount, currency, stage, status, Micro(created), Micro(stageStart), Micro(due), Micro(closedAt), exits);
        }
    }

    private static DateTimeOffset Micro(DateTimeOffset value) => new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    private static DateTimeOffset? Micro(DateTimeOffset? value) => value is { } v ? Micro(v) : null;
}
