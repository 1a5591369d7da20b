using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>One element of <c>actions[]</c> in <c>block_actions</c>; which value member is set depends on the element type.</summary>
public sealed record BlockAction
{
    public string? Type { get; init; }
    public string? ActionId { get; init; }
    public string? BlockId { get; init; }
    public string? ActionTs { get; init; }
    public string? Value { get; init; }
    public SelectedOption? SelectedOption { get; init; }
    public string? SelectedDate { get; init; }
    public string? SelectedUser { get; init; }
    public string? SelectedTime { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>What the person chose or typed, whatever the element: text, option value, date, time or user.</summary>
    public string? ChosenValue =>
        Value ?? SelectedOption?.Value ?? SelectedDate ?? SelectedTime ?? (SelectedUser is { } user ? $"<@{user}>" : null);
}

public sealed record SelectedOption
{
    public string? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
