using System.Globalization;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Playground;

/// <summary>
/// Fills the Playground with a realistic team — a manager, three reps and about forty deals across every stage,
/// some overdue — by typing the same commands a person would, so the demo exercises the real engine.
/// </summary>
public sealed class PlaygroundDemo(IServiceScopeFactory scopes, TimeProvider time, IOptions<PlaygroundOptions> options)
{
    private static readonly string[] Companies =
    [
        "Acme Trading", "华为技术", "Northwind Foods", "上海明珠贸易", "Contoso Ltd", "深圳星辰科技", "Fabrikam", "杭州云帆",
        "Globex", "北京华联", "Initech", "广州美达", "Umbrella Medical", "成都天府软件", "Tailspin Toys", "苏州精工",
        "Wide World Importers", "南京金陵物流", "Litware", "武汉光谷电子", "Adventure Works", "青岛海风食品", "Proseware", "厦门鹭岛",
        "Blue Yonder Airlines", "天津港湾", "Coho Winery", "西安古都文旅", "Lucerne Publishing", "重庆山城机械", "Margie's Travel", "宁波甬港",
        "Trey Research", "长沙湘江", "Alpine Ski House", "郑州中原", "Fourth Coffee", "大连海星", "Woodgrove Bank", "合肥科创",
    ];

    private static readonly string[] Reps = ["alice", "王伟", "bob"];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var admin = await AdminAsync(cancellationToken) ?? "admin";
        await SayAsync(admin, "help", cancellationToken);
        await SayAsync("lee", "lang zh", cancellationToken);
        await SayAsync(admin, "role @lee manager", cancellationToken);
        foreach (var rep in Reps)
        {
            await SayAsync(rep, rep == "王伟" ? "lang zh" : "help", cancellationToken);
        }

        await SayAsync(admin, "team @lee @alice @王伟 @bob", cancellationToken);
        var random = new Random(20261126);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var created = 0;
        for (var i = 0; i < Companies.Length; i++)
        {
            var rep = Reps[i % Reps.Length];
            var value = (random.Next(2, 200) * 1000).ToString(CultureInfo.InvariantCulture);
            var grade = "ABC"[random.Next(3)];
            var outcome = await SayAsync(rep, $"lead \"{Companies[i]}\" value={value} grade={grade} contact=\"{Contact(random)}\" source={Source(random)}", cancellationToken);
            var number = NumberIn(outcome);
            if (number is null)
            {
                continue;
            }

            created++;
            var steps = i % 7; // 0–4 moves through the open stages; 5 = won, 6 = lost
            for (var s = 0; s < Math.Min(steps, 4); s++)
            {
                await SayAsync(rep, $"advance {number}", cancellationToken);
            }

            if (steps == 5)
            {
                await SayAsync(rep, $"won {number}", cancellationToken);
            }
            else if (steps == 6)
            {
                await SayAsync(rep, $"lost {number} 价格太高 / price too high", cancellationToken);
            }
            else if (i % 3 == 0)
            {
                // Every third open deal slipped: its deadline was a few days ago.
                var due = today.AddDays(-1 - random.Next(5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await SayAsync(rep, $"update {number} due={due}", cancellationToken);
            }
        }

        return created;
    }

    private static string Contact(Random random) => random.Next(4) switch { 0 => "李雷", 1 => "Jane Smith", 2 => "韩梅梅", _ => "Tom Chen" };

    private static string Source(Random random) => random.Next(3) switch { 0 => "referral", 1 => "展会", _ => "website" };

    private static int? NumberIn(CommandOutcome outcome) =>
        outcome.Replies.Select(r => r.Card?.View).OfType<Core.Cards.DealView>().FirstOrDefault()?.Number;

    private async Task<string?> AdminAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(options.Value.Workspace, cancellationToken);
        if (workspace is null)
        {
            return null;
        }

        var members = await scope.ServiceProvider.GetRequiredService<IMemberStore>().ListAsync(workspace.Id, cancellationToken);
        return members.FirstOrDefault(m => m.Role == Role.Admin)?.ExternalId;
    }

    private async Task<CommandOutcome> SayAsync(string user, string text, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var engine = scope.ServiceProvider.GetRequiredService<CommandEngine>();
        var envelope = new CommandEnvelope(new WorkspaceRef(options.Value.Workspace, "Playground"), new ActorRef(user, user),
            PlaygroundEndpoints.Channel, text, Conversation: new ConversationRef(PlaygroundEndpoints.Channel, user));
        return await engine.HandleAsync(envelope, cancellationToken);
    }
}
