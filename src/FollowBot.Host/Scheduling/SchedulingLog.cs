namespace FollowBot.Host.Scheduling;

/// <summary>The scheduler's log events, EventIds 5100–5149 of the Host's range.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(5100, LogLevel.Error, "A follow-up sweep failed; unsent messages stay in the outbox for the next sweep")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(5101, LogLevel.Error, "Planning digests failed; the next run (in a minute) tries again")]
    public static partial void DigestPlanningFailed(ILogger logger, Exception exception);

    [LoggerMessage(5102, LogLevel.Warning, "Playground clock moved forward by {Offset}; FollowBot's time is now {Now}")]
    public static partial void ClockAdvanced(ILogger logger, TimeSpan offset, DateTimeOffset now);
}
