namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Reads the count in a duration, relative date or Chinese hour: "2", "1.5", or the Chinese numerals people
/// type in chat ("两天", "三十分钟", "半小时", "下午三点"). Bounded (at most 6 digits) so nothing overflows downstream.
/// Input is canonical (see <see cref="InputText"/>).
/// </summary>
internal static class SmallNumber
{
    private const int MaxDigits = 6;

    public static bool TryRead(string s, ref int pos, out decimal value)
    {
        value = 0;
        if (pos >= s.Length) return false;
        if (InputText.IsAsciiDigit(s[pos])) return TryReadDigits(s, ref pos, out value);
        if (s[pos] == '半')
        {
            pos++;
            value = 0.5m;
            return true;
        }
        return TryReadChinese(s, ref pos, out value);
    }

    private static bool TryReadDigits(string s, ref int pos, out decimal value)
    {
        value = 0;
        var start = pos;
        while (pos < s.Length && InputText.IsAsciiDigit(s[pos])) pos++;
        if (pos - start > MaxDigits) return false;
        decimal whole = int.Parse(s.AsSpan(start, pos - start), provider: null);
        if (pos + 1 < s.Length && s[pos] == '.' && InputText.IsAsciiDigit(s[pos + 1]))
        {
            var fracStart = ++pos;
            while (pos < s.Length && InputText.IsAsciiDigit(s[pos])) pos++;
            if (pos - fracStart > MaxDigits) return false;
            whole += int.Parse(s.AsSpan(fracStart, pos - fracStart), provider: null) / Pow10(pos - fracStart);
        }
        value = whole;
        return true;
    }

    // 一..九, 两, 十, 十五, 三十, 二十五: enough for any count a person writes in words.
    private static bool TryReadChinese(string s, ref int pos, out decimal value)
    {
        value = 0;
        var first = Digit(s[pos]);
        if (s[pos] == '十')
        {
            pos++;
            value = 10 + TakeDigit(s, ref pos);
            return true;
        }
        if (first < 0) return false;
        pos++;
        if (pos < s.Length && s[pos] == '十')
        {
            pos++;
            value = first * 10 + TakeDigit(s, ref pos);
            return true;
        }
        value = first;
        return true;
    }

    private static int TakeDigit(string s, ref int pos)
    {
        if (pos >= s.Length) return 0;
        var d = Digit(s[pos]);
        if (d <= 0) return 0;
        pos++;
        return d;
    }

    private static int Digit(char c) => "零一二三四五六七八九".IndexOf(c) is var i and >= 0 ? i : c == '两' ? 2 : -1;

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}
