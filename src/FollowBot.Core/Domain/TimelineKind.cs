namespace FollowBot.Core.Domain;

public enum TimelineKind
{
    Created = 0,
    FieldChanged = 1,
    StageMoved = 2,
    Note = 3,
    Assigned = 4,
    Snoozed = 5,
    ReminderSet = 6,
    Nudged = 7,
    Escalated = 8,
    Won = 9,
    Lost = 10,
}
