using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Text;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Rendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowBot.Teams.Tests.Outbound;

/// <summary>Replies as Teams messages, and the 80 KB budget (Teams refuses ~100 KB with 413 MessageSizeTooBig).</summary>
public sealed class TeamsReplyRendererTests
{
    private readonly TeamsReplyRenderer _renderer = new(NullLogger<TeamsReplyRenderer>.Instance);

    [Fact]
    public void A_card_reply_is_one_adaptive_card_attachment_in_the_members_language()
    {
        var messages = _renderer.Messages(new Reply("hi", new CardReply(CardId.Help, new HelpView("帮助", "介绍", []), "zh-Hans")));

        messages.Count.ShouldBe(2);
        (messages[0].Text, messages[0].Attachments).ShouldBe(("hi", null));
        messages[1].Text.ShouldBeNull();
        messages[1].Attachments!.Single().ContentType.ShouldBe("application/vnd.microsoft.card.adaptive");
        ((string?)messages[1].Attachments![0].Content["version"]).ShouldBe("1.5");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void A_card_over_80_KB_is_sent_as_text_saying_so(string locale)
    {
        var items = Enumerable.Range(1, 600).Select(i => new DealListItem
        {
            Number = i, Company = "深圳市星河电子科技股份有限公司 Shenzhen Xinghe Electronics", StageName = "Proposal",
            Owner = "Alexandra Konstantinopoulou", Due = "Wed 31 Dec, 17:00", Amount = "¥1,234,567.89",
        }).ToList();
        var reply = new Reply("600 deals", new CardReply(CardId.DealList, new DealListView("All deals", items), locale));
        ConnectorClient.Size(new Protocol.OutgoingActivity("message", null, [new Protocol.Attachment("application/vnd.microsoft.card.adaptive", _renderer.Card(reply.Card!))]))
            .ShouldBeGreaterThan(TeamsReplyRenderer.MaxBytes);

        var message = _renderer.Messages(reply).ShouldHaveSingleItem();

        message.Attachments.ShouldBeNull();
        message.Text.ShouldBe("600 deals\n\n" + Texts.For(locale)["Teams_CardTooLarge"]);
        ConnectorClient.Size(message).ShouldBeLessThan(TeamsReplyRenderer.MaxBytes);
    }
}
