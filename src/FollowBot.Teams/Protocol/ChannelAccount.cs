using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Teams.Protocol;

/// <summary>A user or the bot. In Teams <c>id</c> is <c>29:…</c> (users, unique per bot) or <c>28:&lt;app id&gt;</c> (the bot).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
