using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>Slack's JSON is snake_case; unknown members are kept (house rule 7), never refused.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SocketFrame))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
