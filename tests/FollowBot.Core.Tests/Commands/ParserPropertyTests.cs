using CsCheck;
using FollowBot.Core.Text;
using static FollowBot.Core.Tests.Commands.ParserFixture;

namespace FollowBot.Core.Tests.Commands;

/// <summary>
/// Whatever people type, the parser answers: a command, or a friendly error whose text exists in both languages.
/// Random lines are built from real verbs, keys and values, then mutated with noise.
/// </summary>
public class ParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        .. Catalog.Specs.SelectMany(s => s.AllVerbs), "#12", "12", "０", "-1", "99999999999999", "value=", "value=5万", "金额：", "grade=A",
        "grade=Z", "owner=@bob", "@", "<at>Bob Li</at>", "<at>", "<@U1|x>", "\"", "“", "”", "「", "=", ":", "：", "tomorrow", "明天", "周八",
        "2026-02-30", "10:30", "2d", "4小时", "1.2m", "5k", "$", "¥", "USD", "last", "30d", "stage=quote", "due=", "phone=", "😀", "\t", "\u3000",
        "\0", "\uD800", "note", "a=b=c", "ＡＢＣ", "  ", "?", "/follow",
    ];

    [Fact]
    public void Ten_thousand_random_and_mutated_lines_never_throw_and_always_explain_themselves()
    {
        var piece = Gen.OneOf(Pieces);
        var noise = Gen.String[Gen.Char, 0, 6];
        var word = Gen.Frequency((5, piece), (2, noise), (1, Gen.String));
        var line = Gen.Frequency(
            (4, word.Array[0, 8].Select(words => string.Join(' ', words))),
            (1, Parsing.MessyText.Line));

        line.Sample(text =>
        {
            var parsed = Parser.Parse(text, Context);
            (parsed.Command is null).ShouldBe(parsed.ErrorKey is not null, text);
            if (parsed.ErrorKey is { } key)
            {
                Texts.English.Has(key).ShouldBeTrue($"no English text for {key} (from '{text}')");
                Texts.Chinese.IsTranslated(key).ShouldBeTrue($"no Chinese text for {key} (from '{text}')");
                Should.NotThrow(() => Core.Commands.CommandEngine.Explain(parsed, Texts.Chinese));
            }
        }, iter: 10_000, threads: 1);
    }
}
