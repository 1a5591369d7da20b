using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Teams.Protocol;

/// <summary>
/// One JSON shape for the protocol (source-generated): camelCase, case-insensitive reads (spec A2002 lets
/// receivers accept wrong casing), nulls left out on writes.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(TeamsAddress))]
internal sealed partial class TeamsJson : JsonSerializerContext;
