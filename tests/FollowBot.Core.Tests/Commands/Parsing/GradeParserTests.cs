using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class GradeParserTests
{
    [Theory]
    [InlineData("A", 'A')]
    [InlineData("B", 'B')]
    [InlineData("C", 'C')]
    [InlineData("a", 'A')]
    [InlineData("b", 'B')]
    [InlineData("c", 'C')]
    [InlineData("\uFF21", 'A')] // Ａ
    [InlineData("\uFF43", 'C')] // ｃ
    [InlineData(" B ", 'B')]
    [InlineData("A级", 'A')]
    [InlineData("b类", 'B')]
    public void Grades_in_any_case_or_width_are_upper_case_letters(string text, char expected)
    {
        ValueParsers.TryParseGrade(text, out var grade).ShouldBeTrue(text);
        grade.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("D")]
    [InlineData("AB")]
    [InlineData("abc")]
    [InlineData("1")]
    [InlineData("A+")]
    [InlineData("级")]
    [InlineData("甲")]
    public void Anything_else_is_refused(string text)
    {
        ValueParsers.TryParseGrade(text, out var grade).ShouldBeFalse(text);
        grade.ShouldBe('\0');
    }
}
