namespace FollowBot.Slack.WebApi;

/// <summary>What <c>users.info</c> tells about a member; any part may be missing.</summary>
public sealed record SlackProfile(string UserId, string? DisplayName, string? Email, string? TimeZone, string? Locale);
