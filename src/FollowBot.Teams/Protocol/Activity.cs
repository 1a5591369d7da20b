using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Teams.Protocol;

/// <summary>
/// An inbound Bot Framework activity, tolerant as the spec asks (A2005: accept unknown fields; A2014: ignore unknown
/// types): only what FollowBot reads is typed; <c>value</c>, <c>channelData</c> and entities stay JSON, and every
/// other field is kept in <see cref="Extra"/>.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public string? ReplyToId { get; set; }

    /// <summary><c>installationUpdate</c>: add, add-upgrade, remove, remove-upgrade.</summary>
    public string? Action { get; set; }

    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
