using System.Globalization;

namespace FollowBot.Core.Domain;

public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>"50000 CNY": how the timeline stores an amount, readable back with <see cref="TryParseInvariant"/>.</summary>
    public string ToInvariantString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";

    public static Money? TryParseInvariant(string? text)
    {
        var parts = text?.Split(' ');
        return parts is [var amount, var currency] && decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            ? new Money(a, currency)
            : null;
    }

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
