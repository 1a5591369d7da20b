using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowBot.Slack.Protocol;

/// <summary>
/// A slash command invocation (https://docs.slack.dev/interactivity/implementing-slash-commands): form fields over
/// HTTP, the same names as a JSON object in Socket Mode. <c>token</c> (the deprecated verification token) is ignored.
/// </summary>
public sealed record SlashCommand
{
    public string? TeamId { get; init; }
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Command { get; init; }
    public string? Text { get; init; }
    public string? ApiAppId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }

    /// <summary>"1" when Slack only probes the TLS certificate of the URL; such a request carries no command.</summary>
    public string? SslCheck { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public bool IsSslCheck => SslCheck == "1";

    public static SlashCommand FromForm(IReadOnlyDictionary<string, string> form) => new()
    {
        TeamId = form.GetValueOrDefault("team_id"),
        TeamDomain = form.GetValueOrDefault("team_domain"),
        EnterpriseId = form.GetValueOrDefault("enterprise_id"),
        ChannelId = form.GetValueOrDefault("channel_id"),
        ChannelName = form.GetValueOrDefault("channel_name"),
        UserId = form.GetValueOrDefault("user_id"),
        UserName = form.GetValueOrDefault("user_name"),
        Command = form.GetValueOrDefault("command"),
        Text = form.GetValueOrDefault("text"),
        ApiAppId = form.GetValueOrDefault("api_app_id"),
        ResponseUrl = form.GetValueOrDefault("response_url"),
        TriggerId = form.GetValueOrDefault("trigger_id"),
        SslCheck = form.GetValueOrDefault("ssl_check"),
    };
}
