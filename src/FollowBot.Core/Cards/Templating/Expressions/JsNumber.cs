using System.Globalization;
using System.Text;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// Number::toString from ECMAScript (§6.1.6.1.20): shortest round-trip digits, plain notation for exponents
/// from -7 to 21, otherwise "1e+21" style. .NET's "R" gives the same digits but switches notation elsewhere.
/// </summary>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (n > -6 && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(exponent >= 0 ? '+' : '-').Append(Math.Abs(exponent));
        }

        return text.ToString();
    }

    // Returns the significant digits and n, where value = 0.digits × 10^n.
    private static (string Digits, int N) ShortestDigits(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var point = r.IndexOf('.', StringComparison.Ordinal);
        var digits = point >= 0 ? r.Remove(point, 1) : r;
        var n = (point >= 0 ? point : r.Length) + exponent;
        var trimmedStart = digits.TrimStart('0');
        n -= digits.Length - trimmedStart.Length;
        return (trimmedStart.TrimEnd('0'), n);
    }
}
