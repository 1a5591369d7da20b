namespace FollowBot.Core.Commands.Parsing;

/// <summary>The units a duration may be written in; a week is five business days.</summary>
internal enum DurationUnit
{
    Week,
    Day,
    Hour,
    Minute,
}
