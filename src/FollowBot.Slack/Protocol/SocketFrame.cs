using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// A Socket Mode frame (https://docs.slack.dev/apis/events-api/using-socket-mode): <c>hello</c>, <c>disconnect</c>
/// (with <see cref="Reason"/>), or an envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) to
/// acknowledge by <see cref="EnvelopeId"/>. <see cref="Payload"/> is what the HTTP request body would have been.
/// </summary>
public sealed record SocketFrame
{
    public string? Type { get; init; }
    public string? EnvelopeId { get; init; }
    public JsonElement? Payload { get; init; }
    public bool AcceptsResponsePayload { get; init; }
    public int? RetryAttempt { get; init; }
    public string? RetryReason { get; init; }
    public string? Reason { get; init; }
    public int? NumConnections { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
