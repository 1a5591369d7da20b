using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Slack.Outbound;
using CsCheck;
using FollowBot.Slack.Rendering;

namespace FollowBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static readonly BlockKitRenderer Renderer = SlackCardFiles.Renderer;

    private static DealView Deal(string company, string? note = null) => new()
    {
        Number = 7, Company = company, StageName = "Needs & quote", Status = "Open", IsOpen = true, Owner = "Li <Na>", StageOwner = "Li Na",
        Timeline = note is null ? [] : [new DealTimelineItem("Today 09:12", "Li Na", note)],
    };

    [Fact]
    public void User_text_is_escaped_in_mrkdwn_so_it_cannot_ping_the_channel_or_link()
    {
        var card = Renderer.Render(new CardReply(CardId.Deal, Deal("Acme", note: "<!channel> see <https://evil.example|this> & that")));

        var texts = SlackCardFiles.Descendants(card.Payload).Where(o => (string?)o["type"] == "mrkdwn").Select(o => (string)o["text"]!).ToList();
        texts.ShouldContain("&lt;!channel&gt; see &lt;https://evil.example|this&gt; &amp; that");
        texts.ShouldContain("Needs &amp; quote · Open");
        texts.ShouldContain("*Owner*\nLi &lt;Na&gt;");
        texts.ShouldNotContain(t => t.Contains("<!channel>", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_and_input_values_read_exactly_as_typed()
    {
        var deal = Renderer.Render(new CardReply(CardId.Deal, Deal("Tom & Jerry <Ltd>")));
        var form = Renderer.Render(new CardReply(CardId.DealUpdateForm, new DealUpdateFormView { Number = 7, Company = "Tom & Jerry <Ltd>", Due = "2026-12-24", Grade = "C" }));

        ((string?)deal.Payload["blocks"]![0]!["text"]!["text"]).ShouldBe("#7 Tom & Jerry <Ltd>");
        var company = form.Payload["blocks"]!.AsArray().First(b => (string?)b!["block_id"] == "company")!;
        ((string?)company["element"]!["initial_value"]).ShouldBe("Tom & Jerry <Ltd>");
        ((string?)form.Payload["title"]!["text"]).ShouldBe("Edit #7");
    }

    [Fact]
    public void Empty_values_leave_out_initial_values_and_a_known_grade_is_preselected()
    {
        var form = Renderer.Render(new CardReply(CardId.DealUpdateForm, new DealUpdateFormView { Number = 7, Company = "Acme", Grade = "C" }));
        var blocks = form.Payload["blocks"]!.AsArray().OfType<JsonObject>().ToList();

        blocks.Single(b => (string?)b["block_id"] == "phone")["element"]!.AsObject().ContainsKey("initial_value").ShouldBeFalse();
        blocks.Single(b => (string?)b["block_id"] == "due")["element"]!.AsObject().ContainsKey("initial_date").ShouldBeFalse();
        ((string?)blocks.Single(b => (string?)b["block_id"] == "grade")["element"]!["initial_option"]!["value"]).ShouldBe("C");
        BlockKitLimits.Violations(form.Payload).ShouldBeEmpty();
    }

    [Fact]
    public void Modal_metadata_carries_the_deal_and_the_way_back()
    {
        var form = Renderer.Render(new CardReply(CardId.DealUpdateForm, new DealUpdateFormView { Number = 42, Company = "Acme" }));
        var view = SlackResponder.FormView(form, new ReplyTarget("T1", "U1", "xoxb") { Channel = "C1", ResponseUrl = "https://hooks.slack.com/commands/T1/1/x" });

        var metadata = ModalMetadata.Read((string)view["private_metadata"]!);
        metadata.Data.ShouldBe(new Dictionary<string, string?> { ["deal"] = "42" });
        metadata.Channel.ShouldBe("C1");
        metadata.ResponseUrl.ShouldBe("https://hooks.slack.com/commands/T1/1/x");
    }

    [Fact]
    public void Labels_follow_the_members_language()
    {
        var card = Renderer.Render(new CardReply(CardId.LeadForm, new LeadFormView(), Locales.Chinese));

        ((string?)card.Payload["title"]!["text"]).ShouldBe(CardLabels.For(Locales.Culture(Locales.Chinese))["leadFormTitle"]);
        ((string?)card.Payload["title"]!["text"]).ShouldNotBe("New lead");
    }

    [Fact]
    public void Text_that_data_makes_too_long_is_cut_to_slacks_limits()
    {
        var card = Renderer.Render(new CardReply(CardId.Deal, Deal(new string('长', 400), note: new string('x', 5000))));

        BlockKitLimits.Violations(card.Payload).ShouldBeEmpty();
        ((string)card.Payload["blocks"]![0]!["text"]!["text"]!).Length.ShouldBe(BlockKitLimits.HeaderText);
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<@U1>", "&lt;@U1&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("5 > 3 < 4", "5 &gt; 3 &lt; 4")]
    [InlineData("*bold* _it_", "*bold* _it_")]
    public void Escaping_touches_exactly_ampersand_and_angle_brackets(string text, string escaped)
    {
        Mrkdwn.Escape(text).ShouldBe(escaped);
        Mrkdwn.Unescape(escaped).ShouldBe(text);
    }

    [Fact]
    public void Escaping_and_unescaping_are_inverse_for_any_text() =>
        Gen.String[Gen.Char["&<>;amplgt x"], 0, 40].Sample(s => Mrkdwn.Unescape(Mrkdwn.Escape(s)) == s);

    [Theory]
    [InlineData(12, "aaaaaaaa…")]
    [InlineData(14, "aaaaaaaa&amp;…")]
    [InlineData(18, "aaaaaaaa&amp;&amp;")]
    public void Truncating_never_splits_an_entity(int max, string expected) =>
        Mrkdwn.Truncate("aaaaaaaa&amp;&amp;", max).ShouldBe(expected);
}
