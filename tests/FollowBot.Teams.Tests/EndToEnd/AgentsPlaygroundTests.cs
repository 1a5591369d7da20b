using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Text;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Teams.Tests.EndToEnd;

/// <summary>
/// End to end with Microsoft's Agents Playground 0.2.28 (headless, from npm) as the Teams client and connector, and
/// FollowBot as it runs (Program.cs on Kestrel on loopback, Development, anonymous, real SQLite): install, help,
/// a lead, clicks on its card through the Playground's API (Action.Execute and the Action.Submit fallback), and a
/// proactive message. Every reply is read back from the Playground's message stream, and every card in it passes
/// Microsoft's adaptivecards renderer.
/// </summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private const string Chat = "followbot-e2e-personal-chat";
    private static readonly Texts En = Texts.For("en");
    private TeamsApp _app = null!;
    private AgentsPlayground _playground = null!;
    private PlaygroundStream _stream = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new TeamsApp();
        var bot = _app.StartOnLoopback();
        _playground = await AgentsPlayground.StartAsync(bot + "/api/messages", Chat);
        _stream = await PlaygroundStream.ConnectAsync(_playground.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await _playground.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Install_help_a_lead_clicks_and_a_proactive_message_all_reach_the_playground()
    {
        // Install: the Playground sends installationUpdate then conversationUpdate; FollowBot greets once.
        await _playground.InstallAsync(Chat);
        (await TextAsync()).ShouldBe(En["Help_Intro"]);
        var welcome = await CardAsync();
        ((string?)welcome["body"]![0]!["text"]).ShouldBe(En["Help_Title"]);

        await _playground.SayAsync(Chat, "help");
        (await TextAsync()).ShouldBe(En["Help_Intro"]);
        var help = await CardAsync();
        help.ToJsonString().ShouldBe(welcome.ToJsonString());

        await _playground.SayAsync(Chat, "lead Acme value=5000");
        (await TextAsync()).ShouldStartWith("Created lead #1 Acme");
        var (dealMessageId, deal) = await CardMessageAsync();
        ((string?)deal["body"]![0]!["text"]).ShouldBe("#1 Acme");

        // A click on "Advance" through the Playground's invoke API: the invoke answer is the refreshed card, and
        // the card in the chat is replaced for everyone (PUT → updateMessage of the same message id).
        var advance = CardJson.Execute(deal, "deal.advance").DeepClone().AsObject();
        advance.Remove("fallback");
        var answer = await _playground.ClickAsync(Chat, dealMessageId, advance);
        ((string?)answer["type"]).ShouldBe("application/vnd.microsoft.card.adaptive");
        var stage = (string?)answer["value"]!["body"]![1]!["text"];
        stage.ShouldNotBe((string?)deal["body"]![1]!["text"]);
        var update = await _stream.NextAsync(Chat);
        ((string?)update["action"]).ShouldBe("updateMessage");
        ((string?)update["message"]!["messageId"]).ShouldBe(dealMessageId);
        ((string?)update["message"]!["attachments"]![0]!["content"]!["body"]![1]!["text"]).ShouldBe(stage);

        // The Action.Submit fallback of "Won", as an older client sends it: the same card is replaced again.
        var won = CardJson.Execute(update["message"]!["attachments"]![0]!["content"]!, "deal.won")["fallback"]!;
        await _playground.SubmitAsync(Chat, dealMessageId, won["data"]!);
        var closed = await _stream.NextAsync(Chat);
        ((string?)closed["action"]).ShouldBe("updateMessage");
        ((string?)closed["message"]!["messageId"]).ShouldBe(dealMessageId);
        (await _app.DealAsync(Recorded.TenantId, 1)).Status.ShouldBe(FollowBot.Core.Domain.DealStatus.Won);

        // A proactive message (what nudges and digests use): through the teams publisher into the personal chat.
        var member = await _app.MemberAsync(Recorded.TenantId, Recorded.UserAad);
        using (var scope = _app.Services.CreateScope())
        {
            var publisher = scope.ServiceProvider.GetServices<IChatPublisher>().Single(p => p.Channel == "teams");
            var result = await publisher.PublishAsync(member!, new Reply("Reminder: #1 Acme is due today", new CardReply(CardId.Help, new HelpView("Due today", "#1 Acme", []))), default);
            result.Delivered.ShouldBeTrue(result.Failure);
        }

        (await TextAsync()).ShouldBe("Reminder: #1 Acme is due today");
        var nudge = await CardAsync();
        ((string?)nudge["body"]![0]!["text"]).ShouldBe("Due today");

        var cards = new (string, JsonNode)[]
        {
            ("welcome", welcome), ("deal", deal), ("advanced", answer["value"]!),
            ("won", closed["message"]!["attachments"]![0]!["content"]!), ("nudge", nudge),
        };
        foreach (var (name, result) in CardValidation.Validate(cards))
        {
            result.Version.ShouldBe("1.5", name);
            result.Events.ShouldBeEmpty($"{name}: {result.Events.ToJsonString()}");
        }
    }

    private async Task<string?> TextAsync()
    {
        var e = await _stream.NextAsync(Chat);
        ((string?)e["action"]).ShouldBe("createMessage", e.ToJsonString());
        return (string?)e["message"]!["text"];
    }

    private async Task<JsonNode> CardAsync() => (await CardMessageAsync()).Card;

    private async Task<(string Id, JsonNode Card)> CardMessageAsync()
    {
        var e = await _stream.NextAsync(Chat);
        ((string?)e["action"]).ShouldBe("createMessage", e.ToJsonString());
        var attachment = e["message"]!["attachments"]![0]!;
        ((string?)attachment["contentType"]).ShouldBe("application/vnd.microsoft.card.adaptive");
        return ((string)e["message"]!["messageId"]!, attachment["content"]!);
    }
}
