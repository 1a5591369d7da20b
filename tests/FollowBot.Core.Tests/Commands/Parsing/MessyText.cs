using CsCheck;

namespace FollowBot.Core.Tests.Commands.Parsing;

/// <summary>
/// Generators of hostile command lines: pieces chosen to hit every branch of the tokenizer and the value parsers
/// (quotes of each kind, separators, mention tags, scales, CJK, emoji, lone surrogates, control chars) mixed with
/// random chars from the whole UTF-16 range.
/// </summary>
internal static class MessyText
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "value", "note", "owner", "金额", "备注", "回访", "客户", "下", "周", "星期", "个", "后", "点", "半",
        " ", "  ", "\u3000", "\u00A0", "\t", "\r\n", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u300C", "\u300D",
        "\u300E", "'", "=", ":", "\uFF1A", "\uFF1D", "//", "http", "<at>", "</at>", "<AT>", "<@", "U1", "|", ">", "<",
        "@", "\uFF20", "#", "\uFF03", "No.", "0", "1", "5", "12", "2026", "-", "/", ".", ",", "\uFF0C", "k", "m", "w",
        "万", "亿", "元", "¥", "$", "€", "usd", "d", "h", "天", "小时", "月", "日", "am", "pm", "next ", "in ",
        "😀", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u001F", "\u007F", "\u200B", "\uFFFF", "\uFEFF",
    ];

    // Well-formed fragments, so the happy paths (and hostile text glued onto them) are exercised too.
    private static readonly string[] Fragments =
    [
        "note=\"called twice\"", "备注=\u201C回访 客户\u201D", "<at>Jane Doe</at>", "owner=<at>李 四</at>", "\u300Ca b\u300D",
        "<@U123|jane>", "value=5000", "金额：5万", "grade=A", "#12", "No.12", "5,000", "¥1.5万", "5000 USD", "1.2m",
        "1d4h", "2个工作日", "30分钟", "2026-12-01", "12/1", "12月1日", "下周一", "next fri", "in 3d", "3天后",
        "下午3点", "3:30pm", "10:00", "http://x.example", "Ａ", "＃１２",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.OneOf(Pieces)),
        (3, Gen.OneOf(Fragments)),
        (2, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString())),
        (1, Gen.Char['\uFF01', '\uFF5E'].Select(c => c.ToString())));

    /// <summary>Lines of 0 to 40 pieces (roughly 0–120 chars).</summary>
    public static readonly Gen<string> Line = Piece.Array[0, 40].Select(string.Concat);

    /// <summary>Short values, the size a single token has.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (1, Gen.OneOf(Fragments)),
        (3, Piece.Array[0, 6].Select(string.Concat)));

    /// <summary>Any date the type can hold, including its two ends.</summary>
    public static readonly Gen<DateOnly> Today = Gen.Frequency(
        (8, Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber)),
        (1, Gen.OneOf(DateOnly.MinValue, DateOnly.MaxValue)));
}
