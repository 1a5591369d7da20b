using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class PersonParserTests
{
    [Theory]
    [InlineData("@alice", PersonRefKind.Name, "alice")]
    [InlineData("\uFF20alice", PersonRefKind.Name, "alice")] // ＠
    [InlineData("<@U123>", PersonRefKind.UserId, "U123")]
    [InlineData("<@U123|jane>", PersonRefKind.UserId, "U123")]
    [InlineData("<@W0ABC9|jane doe>", PersonRefKind.UserId, "W0ABC9")]
    [InlineData("<at>Jane Doe</at>", PersonRefKind.Name, "Jane Doe")]
    [InlineData("<AT> 张三 </AT>", PersonRefKind.Name, "张三")]
    [InlineData("<at>O&#39;Brien &amp; Co</at>", PersonRefKind.Name, "O'Brien & Co")]
    [InlineData("alice", PersonRefKind.Name, "alice")]
    [InlineData("张三", PersonRefKind.Name, "张三")]
    [InlineData(" Jane Doe ", PersonRefKind.Name, "Jane Doe")]
    [InlineData("O'Brien", PersonRefKind.Name, "O'Brien")]
    [InlineData("😀bob", PersonRefKind.Name, "😀bob")]
    public void Mentions_handles_and_names_are_understood(string text, PersonRefKind kind, string value)
    {
        ValueParsers.TryParsePerson(text, out var person).ShouldBeTrue(text);
        person.ShouldBe(new PersonRef(kind, value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("@")]
    [InlineData("@ ")]
    [InlineData("@@alice")]
    [InlineData("<@>")]
    [InlineData("<@|jane>")]
    [InlineData("<@u123>")] // Slack ids are upper case
    [InlineData("<@U 123>")]
    [InlineData("<!here>")]
    [InlineData("<#C123|sales>")]
    [InlineData("<at></at>")]
    [InlineData("<at>  </at>")]
    [InlineData("<at>Jane Doe")]
    [InlineData("<at>a</at>b</at>")]
    [InlineData("a\u0000b")]
    public void Empty_broken_or_non_person_references_are_refused(string text)
    {
        ValueParsers.TryParsePerson(text, out var person).ShouldBeFalse(text);
        person.Value.ShouldBe("");
    }

    // Not InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void Names_with_broken_utf16_are_refused()
    {
        ValueParsers.TryParsePerson("bob\uD83D", out _).ShouldBeFalse();
        ValueParsers.TryParsePerson("\uDE00bob", out _).ShouldBeFalse();
        ValueParsers.TryParsePerson("@\uD83Dx", out _).ShouldBeFalse();
        ValueParsers.TryParsePerson("<at>\uDE00</at>", out _).ShouldBeFalse();
    }

    [Fact]
    public void An_overlong_name_is_refused()
    {
        ValueParsers.TryParsePerson(new string('x', 201), out _).ShouldBeFalse();
        ValueParsers.TryParsePerson(new string('x', 200), out _).ShouldBeTrue();
    }
}
