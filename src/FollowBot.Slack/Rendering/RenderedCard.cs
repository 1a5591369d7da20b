using System.Text.Json.Nodes;

namespace FollowBot.Slack.Rendering;

/// <summary>
/// A bound Block Kit template: a message (<c>text</c> + <c>blocks</c>) or a modal view. A modal also carries its
/// <see cref="Opener"/>, the message to show where no modal can open (no trigger: a DM, a mention, a late reply).
/// </summary>
public sealed record RenderedCard(string CardId, JsonObject Payload, JsonObject? Opener)
{
    public bool IsModal => (string?)Payload["type"] == "modal";
}
