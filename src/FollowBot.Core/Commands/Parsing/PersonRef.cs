namespace FollowBot.Core.Commands.Parsing;

/// <summary>A person as written in a command: a display name / handle, or a channel user id from a Slack mention.</summary>
public readonly record struct PersonRef(PersonRefKind Kind, string Value);
