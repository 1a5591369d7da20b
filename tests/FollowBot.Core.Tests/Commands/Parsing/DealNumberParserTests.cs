using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class DealNumberParserTests
{
    [Theory]
    [InlineData("#12")]
    [InlineData("\uFF0312")] // ＃12
    [InlineData("12")]
    [InlineData("１２")]
    [InlineData("No.12")]
    [InlineData("no.12")]
    [InlineData("NO.12")]
    [InlineData("No. 12")]
    [InlineData("No12")]
    [InlineData("№12")]
    [InlineData("#012")]
    [InlineData(" #12 ")]
    public void Deal_references_give_the_number(string text)
    {
        ValueParsers.TryParseDealNumber(text, out var number).ShouldBeTrue(text);
        number.ShouldBe(12);
    }

    [Fact]
    public void The_largest_int_is_a_deal_number()
    {
        ValueParsers.TryParseDealNumber("#2147483647", out var number).ShouldBeTrue();
        number.ShouldBe(int.MaxValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("abc")]
    [InlineData("#0")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("#-5")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData("12a")]
    [InlineData("# 12 13")]
    [InlineData("##12")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999")]
    [InlineData("٥")] // Arabic-Indic digit five
    [InlineData("No.")]
    public void Anything_but_a_positive_number_is_refused(string text)
    {
        ValueParsers.TryParseDealNumber(text, out var number).ShouldBeFalse(text);
        number.ShouldBe(0);
    }
}
