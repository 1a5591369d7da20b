using FollowBot.Slack.Inbound;
using FollowBot.Slack.Protocol;

namespace FollowBot.Slack.Tests.Inbound;

public sealed class ClickDataTests
{
    [Fact]
    public void A_button_is_its_wire_name_with_the_block_data()
    {
        var click = ClickData.From(new BlockAction { ActionId = "deal.advance", BlockId = "deal=42#once:Lead:Open" });

        click.Verb.ShouldBe("deal.advance");
        click.Data.ShouldBe(new Dictionary<string, string?> { ["deal"] = "42" });
        click.Once.ShouldBeTrue();
        click.Text.ShouldBeNull();
    }

    [Fact]
    public void A_select_puts_its_choice_under_the_input_named_after_the_slash()
    {
        var click = ClickData.From(new BlockAction { ActionId = "deal.snooze/duration", BlockId = "deal=7#once:x", SelectedOption = new SelectedOption { Value = "2d" } });

        click.Verb.ShouldBe("deal.snooze");
        click.Data.ShouldBe(new Dictionary<string, string?> { ["deal"] = "7", ["duration"] = "2d" });
    }

    [Fact]
    public void A_typed_input_puts_its_text_under_the_input_name()
    {
        var click = ClickData.From(new BlockAction { ActionId = "deal.note/text", BlockId = "deal=7#note", Value = "called, quote v2 = 5% off" });

        click.Data["text"].ShouldBe("called, quote v2 = 5% off");
        click.Once.ShouldBeFalse();
    }

    [Fact]
    public void Say_is_the_block_prefix_then_what_was_typed()
    {
        ClickData.From(new BlockAction { ActionId = "say", BlockId = "say=remind 7#remind", Value = "fri call back" }).Text.ShouldBe("remind 7 fri call back");
        ClickData.From(new BlockAction { ActionId = "say", Value = "update 42" }).Text.ShouldBe("update 42");
    }

    [Fact]
    public void A_block_without_data_gives_no_data() =>
        ClickData.From(new BlockAction { ActionId = "deal.show", BlockId = "a1B2" }).Data.ShouldBeEmpty();
}
