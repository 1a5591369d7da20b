namespace FollowBot.Slack.WebApi;

/// <summary>What <c>auth.test</c> says about a bot token: its team, the bot's user id and bot id.</summary>
public sealed record BotIdentity(string TeamId, string? UserId, string? BotId);
