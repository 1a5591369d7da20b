using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class TokenizerTests
{
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var result = Tokenizer.Tokenize(text);
        result.Error.ShouldBeNull();
        return result.Tokens;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0\t\r\n")]
    public void Empty_or_blank_input_gives_no_tokens_and_no_error(string? text)
    {
        var result = Tokenizer.Tokenize(text);
        result.Tokens.ShouldBeEmpty();
        result.Error.ShouldBeNull();
    }

    [Fact]
    public void A_plain_word_is_its_own_text_and_value_without_key()
    {
        Tokens("Acme").ShouldBe([new Token("Acme", null, "Acme", 0, 4, false)]);
    }

    [Fact]
    public void Words_are_split_on_any_unicode_white_space_including_ideographic_space_and_nbsp()
    {
        Tokens("lead\u3000Acme\u00A0Ltd\t\r\n#12  x").Select(t => t.Value).ShouldBe(["lead", "Acme", "Ltd", "#12", "x"]);
    }

    [Fact]
    public void Start_and_length_index_the_original_text_so_the_raw_rest_of_the_line_can_be_taken()
    {
        const string line = "note 12  called twice: no=answer";
        var tokens = Tokens(line);
        tokens[2].Start.ShouldBe(9);
        line[tokens[2].Start..].ShouldBe("called twice: no=answer");
        foreach (var t in tokens) line.Substring(t.Start, t.Length).ShouldBe(t.Text);
    }

    [Fact]
    public void Mixed_full_width_command_line_reads_as_expected()
    {
        var tokens = Tokens("线索\u3000阿里巴巴\u3000金额：５万\u3000等级＝Ａ\u3000备注＝“下周 回访”");
        tokens.Select(t => (t.Key, t.Value)).ShouldBe(
        [
            (null, "线索"), (null, "阿里巴巴"), ("金额", "５万"), ("等级", "Ａ"), ("备注", "下周 回访"),
        ]);
    }
}
