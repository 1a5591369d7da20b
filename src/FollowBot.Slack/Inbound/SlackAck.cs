using System.Text.Json.Nodes;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// The acknowledgement of one delivery, the same for HTTP and Socket Mode: an optional body (an ephemeral reply,
/// modal errors, a URL challenge) and, for HTTP only, the status to answer with.
/// </summary>
public sealed record SlackAck(JsonObject? Body, int Status = 200)
{
    public static SlackAck Empty { get; } = new(Body: null);

    public static SlackAck With(JsonObject body) => new(body);
}
