using FollowBot.Core.Domain;

namespace FollowBot.Host.Tests.Playground;

/// <summary>The walkthrough, through the Playground API of the real host on a real SQLite file.</summary>
public abstract class PlaygroundWalkthroughTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PlaygroundWalkthroughTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PlaygroundWalkthroughTests(TestProvider.Postgres);

    [Fact]
    public async Task A_lead_goes_from_creation_to_won_in_English_and_survives_a_restart()
    {
        await using (var app = new FollowBotApp(Database))
        {
            var created = await app.SayAsync("alice", "lead Acme value=5万 grade=A");
            created[0].Text!.ShouldContain("#1");
            created[0].Card.ShouldNotBeNull();

            var deal = await app.DealAsync(1);
            deal.Company.ShouldBe("Acme");
            deal.Amount.ShouldBe(50000m);
            deal.Currency.ShouldBe("CNY");
            deal.Grade.ShouldBe(Grade.A);
            // Grade A leads have one business day: Tuesday 10:00 → Wednesday 10:00 Shanghai time.
            deal.StageDueAt.ShouldBe(FollowBotApp.Start.AddDays(1));

            (await app.TextAsync("alice", "show 1")).ShouldContain("Acme");
            (await app.TextAsync("alice", "update 1 value=60000")).ShouldContain("value");
            (await app.DealAsync(1)).Amount.ShouldBe(60000m);

            (await app.TextAsync("alice", "advance 1")).ShouldContain("Needs & quote");
            (await app.DealAsync(1)).Stage.ShouldBe("quote");

            (await app.TextAsync("alice", "note 1 called")).ShouldContain("#1");
            (await app.TextAsync("alice", "remind 1 tomorrow 回访")).ShouldContain("回访");
            var remindAt = (await app.DealAsync(1)).NextFollowUpAt;
            remindAt.ShouldBe(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)));

            var mine = await app.SayAsync("alice", "mine");
            mine[0].Text!.ShouldContain("1");
            mine[0].Card!.Value.GetRawText().ShouldContain("Acme");
            Strings(mine[0].Card!.Value).ShouldContain("Needs & quote · alice", "each row names its owner, here the asker");

            (await app.TextAsync("alice", "won 1")).ShouldContain("won");
            (await app.DealAsync(1)).Status.ShouldBe(DealStatus.Won);
        }

        await using (var restarted = new FollowBotApp(Database))
        {
            var deal = await restarted.DealAsync(1);
            deal.Status.ShouldBe(DealStatus.Won);
            var timeline = await restarted.TimelineAsync(1);
            timeline.Select(e => e.Kind).ShouldBe(
                [TimelineKind.Won, TimelineKind.ReminderSet, TimelineKind.Note, TimelineKind.StageMoved, TimelineKind.FieldChanged, TimelineKind.Created],
                ignoreOrder: false);
            (await restarted.TextAsync("alice", "show 1")).ShouldContain("Acme");
        }
    }

    [Fact]
    public async Task Chinese_commands_answer_in_Chinese()
    {
        await using var app = new FollowBotApp(Database);
        (await app.TextAsync("wang", "lang zh")).ShouldContain("中文");
        var created = await app.TextAsync("wang", "线索 华为 金额=5万 等级=A");
        created.ShouldContain("已创建线索 #1");
        (await app.TextAsync("wang", "查看 1")).ShouldContain("华为");
        (await app.TextAsync("wang", "推进 1")).ShouldContain("需求与报价");
        (await app.TextAsync("wang", "推进1")).ShouldContain("合同");
        (await app.DealAsync(1)).Stage.ShouldBe("contract");
    }

    [Fact]
    public async Task Card_buttons_run_the_same_commands_as_text()
    {
        await using var app = new FollowBotApp(Database);
        await app.SayAsync("alice", "lead Acme");
        var replies = await app.ClickAsync("alice", "deal.advance", new { deal = 1 });
        replies[0].Text!.ShouldContain("#1");
        (await app.DealAsync(1)).Stage.ShouldBe("quote");

        await app.ClickAsync("alice", "deal.note", new { deal = 1, text = "from the card" });
        (await app.TimelineAsync(1))[0].Text.ShouldBe("from the card");
    }

    [Fact]
    public async Task Mistakes_get_one_friendly_line_in_the_members_language()
    {
        await using var app = new FollowBotApp(Database);
        (await app.TextAsync("alice", "lead Acme value=abc")).ShouldContain("5万");
        (await app.TextAsync("alice", "show 99")).ShouldContain("#99");
        (await app.TextAsync("alice", "dance")).ShouldContain("help");
        await app.SayAsync("alice", "lang zh");
        (await app.TextAsync("alice", "查看 99")).ShouldContain("没有 #99");
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
