namespace FollowBot.Slack.Tests.Fakes;

/// <summary>What the fake <c>users.info</c> says about one member.</summary>
public sealed record FakeSlackUser(string Id, string DisplayName, string TimeZone = "Asia/Shanghai", string Locale = "en-US", string? Email = null);
