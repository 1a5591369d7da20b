using System.Text.Json.Nodes;

namespace FollowBot.Teams.Protocol;

/// <summary>An outbound card: <c>contentType</c> <see cref="AdaptiveCard"/>, <c>content</c> the card JSON.</summary>
public sealed record Attachment(string ContentType, JsonNode Content)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
