using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class KeyScannerTests
{
    private static Token Single(string text)
    {
        var result = Tokenizer.Tokenize(text);
        result.Error.ShouldBeNull();
        return result.Tokens.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("value=5000")]
    [InlineData("value:5000")]
    [InlineData("value\uFF1A5000")] // ：
    [InlineData("value\uFF1D5000")] // ＝
    [InlineData("VALUE=5000")]
    [InlineData("\uFF36\uFF41\uFF4C\uFF55\uFF45=5000")] // full-width Ｖａｌｕｅ
    public void Key_value_forms_give_a_lower_cased_key_and_the_value(string text)
    {
        var token = Single(text);
        token.Key.ShouldBe("value");
        token.Value.ShouldBe("5000");
        token.Text.ShouldBe(text);
        token.Quoted.ShouldBeFalse();
    }

    [Theory]
    [InlineData("金额=5万", "金额", "5万")]
    [InlineData("备注：回访客户", "备注", "回访客户")]
    [InlineData("next_step=call", "next_step", "call")]
    public void Cjk_and_underscore_keys_are_kept_as_typed(string text, string key, string value)
    {
        var token = Single(text);
        token.Key.ShouldBe(key);
        token.Value.ShouldBe(value);
    }

    [Fact]
    public void An_empty_value_is_allowed()
    {
        var tokens = Tokenizer.Tokenize("note= x").Tokens;
        tokens[0].Key.ShouldBe("note");
        tokens[0].Value.ShouldBe("");
        tokens[1].Value.ShouldBe("x");
    }

    [Fact]
    public void Only_the_first_separator_splits_so_the_value_keeps_later_ones()
    {
        var token = Single("note=a=b:c");
        token.Key.ShouldBe("note");
        token.Value.ShouldBe("a=b:c");
    }

    [Theory]
    [InlineData("10:30")]
    [InlineData("http://example.com/a=b")]
    [InlineData("https://crm.example.com")]
    [InlineData("下午3:30")]
    [InlineData("=5")]
    [InlineData(":x")]
    [InlineData("a1=5")]
    [InlineData("abcdefghijklmnopqrstu=1")] // 21 letters
    public void Things_that_only_look_like_key_values_are_plain_words(string text)
    {
        var token = Single(text);
        token.Key.ShouldBeNull();
        token.Value.ShouldBe(text);
    }

    [Fact]
    public void A_key_of_exactly_twenty_letters_is_a_key()
    {
        Single("abcdefghijklmnopqrst=1").Key.ShouldBe("abcdefghijklmnopqrst");
    }

    [Fact]
    public void A_url_is_kept_whole_as_the_value_of_a_key()
    {
        var token = Single("source=https://x.example/a?b=c");
        token.Key.ShouldBe("source");
        token.Value.ShouldBe("https://x.example/a?b=c");
    }
}
