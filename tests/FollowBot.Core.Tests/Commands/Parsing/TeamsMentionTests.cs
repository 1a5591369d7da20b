using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class AtTagMentionTests
{
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var result = Tokenizer.Tokenize(text);
        result.Error.ShouldBeNull();
        return result.Tokens;
    }

    private static string[] Values(string text) => Tokens(text).Select(t => t.Value).ToArray();

    [Fact]
    public void A_teams_mention_with_spaces_is_one_token()
    {
        var tokens = Tokens("assign 12 <at>Jane Doe</at> stage=delivery");
        tokens.Select(t => t.Value).ShouldBe(["assign", "12", "<at>Jane Doe</at>", "delivery"]);
        tokens[2].Key.ShouldBeNull();
        tokens[2].Quoted.ShouldBeFalse();
    }

    [Fact]
    public void A_teams_mention_tag_is_matched_in_any_case()
    {
        Values("<AT>李 四</At> x").ShouldBe(["<AT>李 四</At>", "x"]);
    }

    [Fact]
    public void A_teams_mention_can_be_the_value_of_a_key()
    {
        var token = Tokens("owner=<at>Jane Doe</at>").ShouldHaveSingleItem();
        token.Key.ShouldBe("owner");
        token.Value.ShouldBe("<at>Jane Doe</at>");
    }

    [Fact]
    public void An_unclosed_teams_mention_is_just_words()
    {
        Values("<at>Jane Doe").ShouldBe(["<at>Jane", "Doe"]);
    }

    [Fact]
    public void Slack_mentions_and_at_names_are_single_words()
    {
        Values("team <@U123> <@U456|jane> @alice").ShouldBe(["team", "<@U123>", "<@U456|jane>", "@alice"]);
    }
}
