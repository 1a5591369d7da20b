using System.Text.Json;
using FollowBot.Core.Conversations;
using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// The one translator of this channel (house rule 7): an authenticated activity as a command envelope. The workspace
/// is the tenant (<c>teams:&lt;tenant id&gt;</c>); the member is <c>from.aadObjectId</c> (stable across bots and the
/// key to the directory), else <c>from.id</c>; every envelope carries where to reach the member later.
/// </summary>
internal static class ActivityTranslator
{
    /// <summary>A typed message (bot mention removed) or an Action.Submit (<c>value</c> with the card's <c>verb</c>); null when there is neither.</summary>
    public static CommandEnvelope? FromMessage(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && (activity.Text is null || value.TryGetProperty("verb", out _)))
        {
            // Action.Submit (the fallback of our Action.Execute buttons): the card's data repeats the verb.
            return Envelope(activity, null, new CardAction(MentionText.Str(value, "verb") ?? "", Flatten(value)));
        }

        var text = MentionText.Strip(activity);
        return text.Length == 0 ? null : Envelope(activity, text, null);
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke's <c>value.action</c>: its verb, and its data with the inputs merged in.</summary>
    public static CommandEnvelope FromExecute(Activity activity, JsonElement action) =>
        Envelope(activity, null, new CardAction(
            MentionText.Str(action, "verb") ?? "",
            action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? Flatten(data) : new Dictionary<string, string?>()));

    /// <summary>What a new install is greeted with: the help card, as if they had typed <c>help</c>.</summary>
    public static CommandEnvelope Greeting(Activity activity) => Envelope(activity, "help", null);

    public static CommandEnvelope Envelope(Activity activity, string? text, CardAction? action) =>
        new(new WorkspaceRef(WorkspaceKey(activity)), Actor(activity), TeamsAddress.Channel, text, action, Conversation: Address(activity).ToReference());

    public static string WorkspaceKey(Activity activity) => "teams:" + (TenantId(activity) ?? activity.ChannelId ?? "unknown");

    public static string? TenantId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        // Older payloads carry the tenant only in channelData (teams-protocol.md §1.4).
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            ? MentionText.Str(tenant, "id")
            : null;
    }

    public static ActorRef Actor(Activity activity)
    {
        var from = activity.From!;
        var clientInfo = (activity.Entities ?? []).FirstOrDefault(e =>
            e.ValueKind == JsonValueKind.Object && string.Equals(MentionText.Str(e, "type"), "clientInfo", StringComparison.OrdinalIgnoreCase));
        var info = clientInfo.ValueKind == JsonValueKind.Object ? clientInfo : default;
        return new ActorRef(
            string.IsNullOrEmpty(from.AadObjectId) ? from.Id! : from.AadObjectId,
            from.Name,
            TimeZone: activity.LocalTimezone ?? (info.ValueKind == JsonValueKind.Object ? MentionText.Str(info, "timezone") : null),
            Locale: activity.Locale ?? (info.ValueKind == JsonValueKind.Object ? MentionText.Str(info, "locale") : null));
    }

    public static TeamsAddress Address(Activity activity) => new(
        activity.ServiceUrl!,
        TenantId(activity),
        activity.Recipient?.Id ?? "",
        activity.From!.Id!,
        activity.From.AadObjectId,
        IsPersonal(activity) ? activity.Conversation!.Id : null,
        activity.ChannelId ?? "msteams");

    public static bool IsPersonal(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, ConversationAccount.Personal, StringComparison.OrdinalIgnoreCase)
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup != true);

    /// <summary>Card data as the engine takes it: text values; numbers, booleans and anything else as their JSON text.</summary>
    public static Dictionary<string, string?> Flatten(JsonElement data)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }
}
