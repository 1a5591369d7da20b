using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class QuotePairsTests
{
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var result = Tokenizer.Tokenize(text);
        result.Error.ShouldBeNull();
        return result.Tokens;
    }

    private static string[] Values(string text) => Tokens(text).Select(t => t.Value).ToArray();

    [Theory]
    [InlineData("\"a b\"")]
    [InlineData("\u201Ca b\u201D")] // “a b”
    [InlineData("\u2018a b\u2019")] // ‘a b’
    [InlineData("\u300Ca b\u300D")] // 「a b」
    [InlineData("\u300Ea b\u300F")] // 『a b』
    [InlineData("\uFF02a b\uFF02")] // ＂a b＂
    public void Quotes_group_words_into_one_value_without_the_quotes(string text)
    {
        var token = Tokens(text).ShouldHaveSingleItem();
        token.Value.ShouldBe("a b");
        token.Text.ShouldBe(text);
        token.Key.ShouldBeNull();
        token.Quoted.ShouldBeTrue();
    }

    [Theory]
    [InlineData("note=\"called twice\"", "note", "called twice")]
    [InlineData("note=\u201C回访 客户\u201D", "note", "回访 客户")]
    [InlineData("备注：「回访 客户」", "备注", "回访 客户")]
    [InlineData("note=\"\"", "note", "")]
    public void A_quoted_value_after_a_key_is_one_token_with_the_value_unquoted(string text, string key, string value)
    {
        var token = Tokens(text).ShouldHaveSingleItem();
        token.Key.ShouldBe(key);
        token.Value.ShouldBe(value);
        token.Quoted.ShouldBeTrue();
    }

    [Fact]
    public void Quoting_a_whole_key_value_keeps_it_a_plain_value()
    {
        var token = Tokens("\"note=x\"").ShouldHaveSingleItem();
        token.Key.ShouldBeNull();
        token.Value.ShouldBe("note=x");
    }

    [Fact]
    public void A_closing_quote_ends_the_token_even_without_a_space_as_chinese_writes()
    {
        Values("\u201C回访\u201D明天").ShouldBe(["回访", "明天"]);
    }

    [Fact]
    public void A_quote_inside_a_word_is_an_ordinary_character()
    {
        Values("O\"Neil say\u201Chi there").ShouldBe(["O\"Neil", "say\u201Chi", "there"]);
    }

    [Fact]
    public void An_apostrophe_does_not_open_a_quote()
    {
        Values("don't 'x y'").ShouldBe(["don't", "'x", "y'"]);
    }

    [Fact]
    public void A_mismatched_closer_does_not_close_a_quote()
    {
        Tokenizer.Tokenize("\u201Ca b\"").Error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("lead Acme note=\"called twice", "lead Acme", "note=\"called twice")]
    [InlineData("note 12 \u201C回访 客户", "note 12", "\u201C回访 客户")]
    [InlineData("\"", "", "\"")]
    public void An_unterminated_quote_is_an_error_with_the_tokens_before_it(string text, string before, string input)
    {
        var result = Tokenizer.Tokenize(text);
        result.Error.ShouldBe(new ParseError(ParseErrorCodes.UnterminatedQuote, input));
        string.Join(' ', result.Tokens.Select(t => t.Text)).ShouldBe(before);
    }
}
