namespace FollowBot.Slack.WebApi;

/// <summary>Where a message landed and its ts (a string id: never parse it as a number).</summary>
public sealed record PostedMessage(string Channel, string Ts);
