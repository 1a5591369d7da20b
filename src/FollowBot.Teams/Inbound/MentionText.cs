using System.Text.Json;
using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// The command a person typed, without the bot's own @mention (teams-protocol.md §1.5): each mention entity whose
/// <c>mentioned.id</c> is the recipient removes its exact <c>text</c> (literal, ignoring case); other people's
/// mentions stay, they may be arguments ("assign 3 &lt;at&gt;Alice&lt;/at&gt;"). Teams pads text with \r\n.
/// </summary>
internal static class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !string.Equals(Str(entity, "type"), "mention", StringComparison.OrdinalIgnoreCase)
                || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || botId is null || !string.Equals(Str(mentioned, "id"), botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var tag = Str(entity, "text") ?? (Str(mentioned, "name") is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(tag))
            {
                text = text.Replace(tag, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ').Trim();
    }

    internal static string? Str(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
