using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// A view as Slack echoes it in <c>view_submission</c> and <c>block_actions</c>: the routing key
/// <see cref="CallbackId"/>, our own <see cref="PrivateMetadata"/>, and the inputs in <see cref="State"/>.
/// </summary>
public sealed record ViewPayload
{
    public string? Id { get; init; }
    public string? TeamId { get; init; }
    public string? Type { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }
    public ViewState? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary><c>values[block_id][action_id]</c> = the element's state; only input blocks contribute.</summary>
public sealed record ViewState
{
    public Dictionary<string, Dictionary<string, ElementState>>? Values { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>
/// One input's state. Empty optional inputs come as null values. <c>number_input</c> values are strings too, so
/// an amount such as <c>1250.50</c> is read with the invariant culture by the command parser.
/// </summary>
public sealed record ElementState
{
    public string? Type { get; init; }
    public string? Value { get; init; }
    public SelectedOption? SelectedOption { get; init; }
    public string? SelectedDate { get; init; }
    public string? SelectedTime { get; init; }
    public string? SelectedUser { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public string? ChosenValue =>
        Value ?? SelectedOption?.Value ?? SelectedDate ?? SelectedTime ?? (SelectedUser is { } user ? $"<@{user}>" : null);
}
