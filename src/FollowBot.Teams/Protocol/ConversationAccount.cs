using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Teams.Protocol;

/// <summary><c>conversationType</c> is personal, groupChat or channel; <c>tenantId</c> is the Entra tenant.</summary>
public sealed class ConversationAccount
{
    public const string Personal = "personal";

    public string? Id { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
