using System.Text.Json;
using FollowBot.Core.Conversations;
using FollowBot.Teams.Protocol;

namespace FollowBot.Teams;

/// <summary>
/// How to reach one member on Teams later (teams-protocol.md §3.4), stored by the engine as the opaque address of a
/// <c>ConversationRef("teams", json)</c>. <see cref="ConversationId"/> is set only for the member's personal chat:
/// a group chat or channel is no place for a member's nudges, so then a 1:1 is created when needed.
/// <see cref="ServiceUrl"/> always comes from an authenticated activity (spec A7560).
/// </summary>
public sealed record TeamsAddress(
    string ServiceUrl,
    string? TenantId,
    string BotId,
    string UserId,
    string? AadObjectId,
    string? ConversationId,
    string ChannelId = "msteams")
{
    public const string Channel = "teams";

    public ConversationRef ToReference() => new(Channel, JsonSerializer.Serialize(this, TeamsJson.Default.TeamsAddress));

    public static TeamsAddress? Parse(ConversationRef reference)
    {
        if (reference.Channel != Channel)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(reference.Address, TeamsJson.Default.TeamsAddress);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
