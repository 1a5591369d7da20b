namespace FollowBot.Core.Commands.Parsing;

/// <summary>Whether a <see cref="PersonRef"/> names someone (to be looked up by name) or carries a channel user id.</summary>
public enum PersonRefKind
{
    Name,
    UserId,
}
