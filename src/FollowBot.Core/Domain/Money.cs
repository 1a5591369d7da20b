using System.Globalization;

namespace FollowBot.Core.Domain;

public readonly record struct Money(decimal Amount, string Currency)
{
    public string Format(CultureInfo culture)
    {
        var symbol = Currency switch
        {
            "CNY" => "¥",
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            _ => null,
        };
        var number = Amount.ToString(Amount == decimal.Truncate(Amount) ? "#,0" : "#,0.00", culture);
        return symbol is null ? $"{number} {Currency}" : $"{symbol}{number}";
    }
}
