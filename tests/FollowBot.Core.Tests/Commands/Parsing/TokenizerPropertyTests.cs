using CsCheck;
using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class TokenizerPropertyTests
{
    private const int Iterations = 10_000;

    [Fact]
    public void Tokens_are_ordered_slices_of_the_input_whose_text_contains_the_value_and_nothing_else_is_skipped()
    {
        MessyText.Line.Sample(CheckInvariants, iter: Iterations, threads: 1);
    }

    [Fact]
    public void A_ten_thousand_char_line_tokenizes_without_throwing()
    {
        var random = new Random(20261201);
        var chars = new char[10_000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
        CheckInvariants(new string(chars));
        CheckInvariants(string.Concat(Enumerable.Repeat("<at>x ", 2_000)));
        CheckInvariants(string.Concat(Enumerable.Repeat("a=\u201Cb ", 1_500)));
        CheckInvariants(new string('"', 10_000));
        CheckInvariants(new string('\u3000', 10_000));
    }

    private static void CheckInvariants(string line)
    {
        var result = Tokenizer.Tokenize(line);
        var covered = 0;
        foreach (var token in result.Tokens)
        {
            token.Start.ShouldBeGreaterThanOrEqualTo(covered);
            token.Length.ShouldBeGreaterThan(0);
            (token.Start + token.Length).ShouldBeLessThanOrEqualTo(line.Length);
            line.Substring(token.Start, token.Length).ShouldBe(token.Text);
            token.Text.ShouldContain(token.Value, Case.Sensitive);
            line[covered..token.Start].ShouldAllBe(c => char.IsWhiteSpace(c));
            token.Key?.Length.ShouldBeInRange(1, 20);
            if (!token.Quoted && token.Key is null) token.Value.ShouldBe(token.Text);
            covered = token.Start + token.Length;
        }
        if (result.Error is null)
        {
            line[covered..].ShouldAllBe(c => char.IsWhiteSpace(c));
            return;
        }
        result.Error.Code.ShouldBe(ParseErrorCodes.UnterminatedQuote);
        line.ShouldEndWith(result.Error.Input, Case.Sensitive);
        (line.Length - result.Error.Input.Length).ShouldBeGreaterThanOrEqualTo(covered);
    }
}
