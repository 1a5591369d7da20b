using FollowBot.Slack.Inbound;

namespace FollowBot.Slack.Tests.Inbound;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("lead Acme email=<mailto:wang@acme.cn|wang@acme.cn>", "lead Acme email=wang@acme.cn")]
    [InlineData("lead Acme source=<http://acme.example/contact|acme.example/contact>", "lead Acme source=acme.example/contact")]
    [InlineData("lead Acme source=<https://acme.example>", "lead Acme source=https://acme.example")]
    [InlineData("lead Acme phone=<tel:+8613800138000|+86 138 0013 8000>", "lead Acme phone=+86 138 0013 8000")]
    [InlineData("assign #3 <@U0BOB|bob>", "assign #3 <@U0BOB>")]
    [InlineData("assign #3 <@U0BOB>", "assign #3 <@U0BOB>")]
    [InlineData("note #3 ask <#C0SALES|sales> <!here>", "note #3 ask #sales @here")]
    [InlineData("lead \"Tom &amp; Jerry &lt;Ltd&gt;\"", "lead \"Tom & Jerry <Ltd>\"")]
    [InlineData("note #3 &amp;lt; stays an ampersand", "note #3 &lt; stays an ampersand")]
    [InlineData("", "")]
    public void Unwraps_what_slack_wrapped_and_keeps_mentions(string slack, string typed) =>
        SlackText.Normalize(slack).ShouldBe(typed);

    [Theory]
    [InlineData("<@UBOT> lead Acme", "lead Acme")]
    [InlineData("  <@UBOT>: mine", "mine")]
    [InlineData("<@UBOT>，我的", "我的")]
    [InlineData("mine <@UBOT>", "mine <@UBOT>")]
    [InlineData("<@UOTHER> mine", "<@UOTHER> mine")]
    public void Strips_the_leading_mention_of_the_bot_only(string text, string command) =>
        SlackText.WithoutMention(text, "UBOT").ShouldBe(command);
}
