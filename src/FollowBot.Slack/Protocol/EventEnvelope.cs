using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// The outer object of an Events API delivery (https://docs.slack.dev/apis/events-api/): <c>url_verification</c>,
/// <c>event_callback</c> (with <see cref="Event"/>) or <c>app_rate_limited</c>. <see cref="EventId"/> is the dedupe key:
/// retries carry the same one.
/// </summary>
public sealed record EventEnvelope
{
    public string? Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long? EventTime { get; init; }
    public SlackEvent? Event { get; init; }
    public List<EventAuthorization>? Authorizations { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One entry of <c>authorizations</c>: who the event was delivered for (Slack sends at most one).</summary>
public sealed record EventAuthorization
{
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
