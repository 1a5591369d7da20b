using FollowBot.Core.Commands;

namespace FollowBot.Core.Tests.Commands;

/// <summary>The real catalog and parser; "today" is Wednesday 2026-11-25 so relative dates are checkable.</summary>
internal static class ParserFixture
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly CommandCatalog Catalog = new();
    public static readonly TextCommandParser Parser = new(Catalog);
    public static readonly BindContext Context = new(Today, "CNY");

    public static T Parse<T>(string text)
        where T : ICommand
    {
        var parsed = Parser.Parse(text, Context);
        parsed.ErrorKey.ShouldBeNull($"'{text}' failed with {parsed.ErrorKey} [{string.Join(", ", parsed.ErrorArgs)}]");
        return parsed.Command.ShouldBeOfType<T>();
    }

    public static ParsedCommand Fail(string text)
    {
        var parsed = Parser.Parse(text, Context);
        parsed.Command.ShouldBeNull($"'{text}' should not parse");
        parsed.ErrorKey.ShouldNotBeNull();
        return parsed;
    }
}
