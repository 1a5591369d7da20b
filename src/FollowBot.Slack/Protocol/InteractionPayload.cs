using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// The JSON in an interaction's <c>payload</c> field (https://docs.slack.dev/reference/interaction-payloads/):
/// <c>block_actions</c>, <c>view_submission</c>, <c>view_closed</c>, <c>shortcut</c>. Only what FollowBot reads is typed.
/// </summary>
public sealed record InteractionPayload
{
    public string? Type { get; init; }
    public SlackTeam? Team { get; init; }
    public SlackUser? User { get; init; }
    public string? ApiAppId { get; init; }
    public string? TriggerId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? CallbackId { get; init; }
    public string? ActionTs { get; init; }
    public InteractionContainer? Container { get; init; }
    public SlackChannel? Channel { get; init; }

    /// <summary>The clicked message as it is now (for a click in a message), blocks included.</summary>
    public JsonElement? Message { get; init; }
    public List<BlockAction>? Actions { get; init; }
    public ViewPayload? View { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The workspace: <c>team.id</c>, else the user's or the view's team (shared channels, org installs).</summary>
    public string? TeamId => Team?.Id ?? User?.TeamId ?? View?.TeamId;
}

public sealed record SlackTeam
{
    public string? Id { get; init; }
    public string? Domain { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record SlackUser
{
    public string? Id { get; init; }
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record SlackChannel
{
    public string? Id { get; init; }
    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Where the clicked element lives: a message (<c>channel_id</c> + <c>message_ts</c>) or a view (<c>view_id</c>).</summary>
public sealed record InteractionContainer
{
    public string? Type { get; init; }
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public string? ViewId { get; init; }
    public bool IsEphemeral { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
