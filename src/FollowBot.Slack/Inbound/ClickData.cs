using FollowBot.Slack.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// What a click means, from the conventions of <c>cards/slack</c> (cards/README.md): <c>action_id</c> is the
/// command's wire name, or <c>verb/input</c> when the element's value is an argument; <c>block_id</c> carries the
/// fixed data as a query string (<c>deal=42</c>) with an optional <c>#fragment</c> for uniqueness, and a fragment
/// starting with <c>once</c> marks buttons that act once per rendering. <c>action_id</c> <c>say</c> is a typed
/// command: the block's <c>say</c> text, then the element's value ("update 42", "remind 42 fri call back").
/// </summary>
public sealed record ClickData(string? Verb, IReadOnlyDictionary<string, string?> Data, string? Text, bool Once)
{
    public const string SayAction = "say";

    public static ClickData From(BlockAction action)
    {
        var blockId = action.BlockId ?? "";
        var hash = blockId.IndexOf('#', StringComparison.Ordinal);
        var query = hash >= 0 ? blockId[..hash] : blockId;
        var once = hash >= 0 && blockId[(hash + 1)..].StartsWith("once", StringComparison.Ordinal);
        var data = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (query.Contains('=', StringComparison.Ordinal))
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery("?" + query))
            {
                data[key] = value.ToString();
            }
        }

        var actionId = action.ActionId ?? "";
        if (actionId == SayAction)
        {
            var prefix = data.GetValueOrDefault("say");
            var text = string.Join(' ', new[] { prefix, action.ChosenValue }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return new ClickData(null, data, text, once);
        }

        data.Remove("say");
        var slash = actionId.IndexOf('/', StringComparison.Ordinal);
        var verb = slash >= 0 ? actionId[..slash] : actionId;
        if (slash >= 0)
        {
            data[actionId[(slash + 1)..]] = action.ChosenValue ?? "";
        }

        return new ClickData(verb, data, null, once);
    }
}
