namespace FollowBot.Core.Persistence;

/// <summary>
/// How FollowBot acts in one workspace: its token there and who it is (the bot's own user id, to ignore its own
/// messages). Kept per workspace so a multi-workspace install adds rows, not columns.
/// </summary>
public sealed record BotCredential(string WorkspaceKey, string Token, string? BotUserId, string? BotId, DateTimeOffset UpdatedAt);
