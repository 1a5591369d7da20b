using System.Text.Json;
using FollowBot.Core.Conversations;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// How FollowBot reaches a Slack member later (the opaque <see cref="ConversationRef.Address"/>): the team, the
/// user and, once known, the DM channel between the bot and them (D…), which <c>chat.update</c> needs.
/// </summary>
public sealed record SlackAddress(string Team, string User, string? Dm = null)
{
    public const string Channel = "slack";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public ConversationRef ToReference() => new(Channel, JsonSerializer.Serialize(this, Json));

    /// <summary>Null when the reference is not a Slack address (or was written by an incompatible version).</summary>
    public static SlackAddress? From(ConversationRef reference)
    {
        if (reference.Channel != Channel)
        {
            return null;
        }

        try
        {
            var address = JsonSerializer.Deserialize<SlackAddress>(reference.Address, Json);
            return address is { Team.Length: > 0, User.Length: > 0 } ? address : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
