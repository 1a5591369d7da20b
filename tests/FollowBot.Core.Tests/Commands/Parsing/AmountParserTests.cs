using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class AmountParserTests
{
    private static (decimal Amount, string Currency) Parse(string text, string defaultCurrency = "CNY")
    {
        ValueParsers.TryParseAmount(text, defaultCurrency, out var amount, out var currency).ShouldBeTrue(text);
        return (amount, currency);
    }

    [Theory]
    [InlineData("5000", "5000")]
    [InlineData("5,000", "5000")]
    [InlineData("5\uFF0C000", "5000")] // full-width comma
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("５０００", "5000")] // full-width digits
    [InlineData("0.5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("5k", "5000")]
    [InlineData("5K", "5000")]
    [InlineData("1.2m", "1200000")]
    [InlineData("1.2M", "1200000")]
    [InlineData("5 k", "5000")]
    public void Plain_numbers_and_english_scales_take_the_default_currency(string text, string expected)
    {
        Parse(text, "EUR").ShouldBe((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), "EUR"));
    }

    [Theory]
    [InlineData("5万", 50_000)]
    [InlineData("1.5万", 15_000)]
    [InlineData("2千", 2_000)]
    [InlineData("1亿", 100_000_000)]
    [InlineData("3千万", 30_000_000)]
    [InlineData("2百万", 2_000_000)]
    [InlineData("5w", 50_000)]
    [InlineData("５万", 50_000)]
    public void Chinese_scales_multiply(string text, int expected)
    {
        Parse(text).ShouldBe((expected, "CNY"));
    }

    [Theory]
    [InlineData("¥5000", 5000, "CNY")]
    [InlineData("\uFFE55000", 5000, "CNY")] // ￥
    [InlineData("5000元", 5000, "CNY")]
    [InlineData("5万元", 50000, "CNY")]
    [InlineData("RMB 5000", 5000, "CNY")]
    [InlineData("rmb5000", 5000, "CNY")]
    [InlineData("CNY 5000", 5000, "CNY")]
    [InlineData("人民币5000", 5000, "CNY")]
    [InlineData("200块", 200, "CNY")]
    [InlineData("$5000", 5000, "USD")]
    [InlineData("＄5000", 5000, "USD")]
    [InlineData("€5000", 5000, "EUR")]
    [InlineData("£5000", 5000, "GBP")]
    [InlineData("5000 USD", 5000, "USD")]
    [InlineData("5000usd", 5000, "USD")]
    [InlineData("USD 5000", 5000, "USD")]
    [InlineData("usd5k", 5000, "USD")]
    [InlineData("5kUSD", 5000, "USD")]
    [InlineData("5000 jpy", 5000, "JPY")]
    [InlineData("3000美元", 3000, "USD")]
    [InlineData("1万港币", 10000, "HKD")]
    [InlineData("¥5000元", 5000, "CNY")]
    [InlineData("$1.2m", 1200000, "USD")]
    public void Currency_symbols_codes_and_chinese_names_set_the_currency(string text, int expected, string currency)
    {
        Parse(text, "GBP").ShouldBe((expected, currency));
    }

    [Fact]
    public void The_default_currency_is_returned_upper_case()
    {
        Parse("5000", "usd").Currency.ShouldBe("USD");
    }

    [Theory]
    [InlineData("1.235", "1.24")]
    [InlineData("1.225", "1.23")] // away from zero, not banker's (which gives 1.22)
    [InlineData("0.125k", "125")]
    [InlineData("1.23456k", "1234.56")]
    [InlineData("0.001", "0")]
    public void More_than_two_decimals_after_scaling_round_half_away_from_zero(string text, string expected)
    {
        Parse(text).Amount.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1000000000000")]
    [InlineData("1,000,000,000,000")]
    [InlineData("10000亿")]
    [InlineData("1000000m")]
    public void Up_to_one_trillion_is_accepted(string text)
    {
        Parse(text).Amount.ShouldBe(1_000_000_000_000m);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("5kk")]
    [InlineData("-5")]
    [InlineData("-$5")]
    [InlineData("$-5")]
    [InlineData("1.2.3")]
    [InlineData("1,5")] // European decimal comma: refused rather than read as 15
    [InlineData("1,5000")]
    [InlineData(",500")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("5 000")]
    [InlineData("1000000000001")]
    [InlineData("1万亿")] // no 万亿 unit
    [InlineData("2000亿万")]
    [InlineData("5kkk")] // not currency "KKK"
    [InlineData("5 abc")]
    [InlineData("$5000 EUR")] // two different currencies
    [InlineData("¥")]
    [InlineData("USD")]
    [InlineData("五千")]
    [InlineData("5e3")]
    [InlineData("0x10")]
    [InlineData("٥٠٠٠")] // Arabic-Indic digits
    public void Malformed_negative_or_too_large_amounts_are_refused(string text)
    {
        ValueParsers.TryParseAmount(text, "CNY", out var amount, out var currency).ShouldBeFalse(text);
        amount.ShouldBe(0);
        currency.ShouldBe("");
    }

    [Fact]
    public void Null_input_is_refused_not_thrown()
    {
        ValueParsers.TryParseAmount(null!, null!, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Null_default_currency_gives_an_empty_currency_rather_than_throwing()
    {
        ValueParsers.TryParseAmount("5", null!, out var amount, out var currency).ShouldBeTrue();
        (amount, currency).ShouldBe((5m, ""));
    }
}
