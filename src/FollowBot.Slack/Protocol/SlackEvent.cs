using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// The inner <c>event</c>: the subset of <c>app_mention</c>, <c>message</c> (<c>channel_type: im</c>) and
/// <c>app_home_opened</c> that FollowBot reads; everything else is kept in <see cref="Extra"/>.
/// </summary>
public sealed record SlackEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Team { get; init; }
    public string? Tab { get; init; }
    public string? EventTs { get; init; }
    public bool Hidden { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
