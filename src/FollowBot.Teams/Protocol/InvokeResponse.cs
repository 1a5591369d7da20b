using System.Text.Json.Nodes;

namespace FollowBot.Teams.Protocol;

/// <summary>
/// The body of an <c>adaptiveCard/action</c> answer (teams-protocol.md §1.8). The word order of the card type is
/// <c>card.adaptive</c>; docs that say <c>adaptive.card</c> are wrong and Teams shows "Unable to reach app".
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = Attachment.AdaptiveCard;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonNode card) => new(200, CardType, card);

    public static InvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
}
