using FollowBot.Core.Text;

namespace FollowBot.Core.Commands;

/// <summary>
/// Puts a form's binding error beside the input that caused it, so a channel that can show errors per field (a
/// modal) does: the message quotes the value it could not read, and that value is in exactly one input.
/// </summary>
public static class FormFieldErrors
{
    /// <summary>Errors that name no value but still belong to one input.</summary>
    private static readonly Dictionary<string, string> FieldOfError = new(StringComparer.Ordinal)
    {
        ["Error_CompanyRequired"] = "company",
        ["Error_MissingWhen"] = "when",
        ["Error_MissingDuration"] = "duration",
    };

    /// <summary>Input id → message, or null when the error is about no single input (then the whole form fails).</summary>
    public static IReadOnlyDictionary<string, string>? Attribute(ParsedCommand parsed, IReadOnlyDictionary<string, string?> data, Texts texts)
    {
        if (parsed.Command is not null || parsed.ErrorKey is null)
        {
            return null;
        }

        var field = parsed.ErrorArgs.FirstOrDefault() is string quoted
            ? FindInput(data, quoted)
            : null;
        field ??= FieldOfError.GetValueOrDefault(parsed.ErrorKey) is { } known && data.ContainsKey(known) ? known : null;
        return field is null ? null : new Dictionary<string, string> { [field] = texts.Format(parsed.ErrorKey, parsed.ErrorArgs) };
    }

    private static string? FindInput(IReadOnlyDictionary<string, string?> data, string quoted)
    {
        var matches = data.Where(kv => kv.Key != "verb" && kv.Value?.Trim() == quoted.Trim()).Select(kv => kv.Key).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
