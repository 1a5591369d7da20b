using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Commands;

/// <summary>
/// Turns a typed line into a bound command, or a friendly error. Pure and total: any string gives a result,
/// never an exception (a property test feeds it thousands of random lines).
/// </summary>
public sealed class TextCommandParser(CommandCatalog catalog)
{
    public ParsedCommand Parse(string? text, BindContext context)
    {
        var line = (text ?? "").Trim();
        if (line.Length == 0)
        {
            return ParsedCommand.Failed(null, "Error_Empty");
        }

        var tokenized = Tokenizer.Tokenize(line);
        if (tokenized.Error is { } error)
        {
            return ParsedCommand.Failed(null, "Error_" + error.Code, error.Input);
        }

        var tokens = tokenized.Tokens;
        if (tokens.Count == 0)
        {
            return ParsedCommand.Failed(null, "Error_Empty");
        }

        var first = tokens[0];
        var spec = first.Key is null ? catalog.FindVerb(first.Text) : null;
        var bodyStart = first.Start + first.Length;
        if (spec is null && catalog.SplitGluedVerb(first.Text) is { } glued)
        {
            // "查看#12" / "推进12": Chinese writers often leave out the space after the verb.
            spec = glued.Spec;
            line = line[..first.Start] + first.Text[..glued.VerbLength] + " " + line[(first.Start + glued.VerbLength)..];
            return Parse(line, context);
        }

        if (spec is null)
        {
            return ParsedCommand.Failed(null, "Error_UnknownCommand", first.Text);
        }

        var input = CommandInput.FromTokens(line, bodyStart, tokens.Skip(1));
        return Bind(spec, input, context);
    }

    public ParsedCommand ParseAction(string verb, IReadOnlyDictionary<string, string?> data, BindContext context)
    {
        var spec = catalog.FindWireName(verb);
        return spec is null
            ? ParsedCommand.Failed(null, "Error_UnknownAction", verb)
            : Bind(spec, CommandInput.FromData(spec.WireName, data), context);
    }

    private static ParsedCommand Bind(CommandSpec spec, CommandInput input, BindContext context)
    {
        var bound = spec.Bind(input, context);
        return bound.Command is { } command
            ? new ParsedCommand(spec, command, null, [])
            : ParsedCommand.Failed(spec, bound.ErrorKey ?? "Error_Usage", bound.ErrorArgs);
    }
}

/// <summary>A bound command, or the resource key of what was wrong (with the command's usage when it is known).</summary>
public sealed record ParsedCommand(CommandSpec? Spec, ICommand? Command, string? ErrorKey, object?[] ErrorArgs)
{
    public static ParsedCommand Failed(CommandSpec? spec, string key, params object?[] args) => new(spec, null, key, args);
}
