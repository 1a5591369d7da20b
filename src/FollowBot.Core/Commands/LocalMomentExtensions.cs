namespace FollowBot.Core.Commands;

public static class LocalMomentExtensions
{
    /// <summary>
    /// The instant a typed moment means for this member. A date without a time means the start of the working
    /// day (a reminder for "tomorrow" should arrive when work starts, not at midnight).
    /// </summary>
    public static DateTimeOffset Resolve(this LocalMoment moment, CommandContext context)
    {
        if (moment.FromNow is { } span)
        {
            return context.Calendar.Add(context.Now, span);
        }

        var time = moment.Time ?? context.Calendar.Settings.WorkStart;
        var local = moment.Date!.Value.ToDateTime(time);
        var zone = context.ActorZone;
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
