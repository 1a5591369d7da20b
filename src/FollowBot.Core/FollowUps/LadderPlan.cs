using FollowBot.Core.Time;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// The rows of a deal's ladder, all planned when its deadline passes (pure: the same deal, calendar and options give
/// the same rows). Each rung is due a business-time span after the deadline, so nights, weekends and holidays stretch
/// the ladder exactly as they stretch deadlines; the key holds the deadline, so a snooze or a stage move starts a new
/// ladder and the old rows stop themselves when they come up.
/// </summary>
public static class LadderPlan
{
    public static IReadOnlyList<OutboxMessage> For(DueDeal deal, DateTimeOffset now, BusinessCalendar calendar, NudgeOptions options, bool hasTeamChannel)
    {
        var rows = new List<OutboxMessage>();
        if (deal.StageDueAt is { } deadline && deadline <= now)
        {
            rows.Add(Row(deal, deal.Stage, Rungs.Nudge, deadline, deadline, now));
            var every = BusinessDuration.FromTimeSpan(options.RepeatEvery);
            for (var n = 1; n <= options.RepeatCap; n++)
            {
                rows.Add(Row(deal, deal.Stage, Rungs.Repeat(n), deadline, calendar.Add(deadline, Times(every, n)), now));
            }

            rows.Add(Row(deal, deal.Stage, Rungs.Manager, deadline, calendar.Add(deadline, BusinessDuration.FromTimeSpan(options.EscalateAfter)), now));
            if (hasTeamChannel)
            {
                rows.Add(Row(deal, deal.Stage, Rungs.Channel, deadline, calendar.Add(deadline, BusinessDuration.FromTimeSpan(options.EscalateToChannelAfter)), now));
            }
        }

        if (deal.SnoozeCount > options.SnoozeLimit && deal.StageDueAt is { } snoozedTo)
        {
            // The snooze that crossed the limit escalates at once, whatever the new deadline.
            rows.Add(Row(deal, deal.Stage, Rungs.Snoozes, snoozedTo, now, now));
        }

        if (deal.NextFollowUpAt is { } remindAt && remindAt <= now)
        {
            // A reminder is about the deal, not the stage: moving on must not repeat it.
            rows.Add(Row(deal, "", Rungs.Reminder, remindAt, remindAt, now));
        }

        return rows;
    }

    private static BusinessDuration Times(BusinessDuration d, int n) => new(d.Days * n, d.Time * n);

    private static OutboxMessage Row(DueDeal deal, string stage, string rung, DateTimeOffset deadline, DateTimeOffset due, DateTimeOffset now) => new()
    {
        Key = OutboxMessage.KeyFor(deal.Id, stage, rung, deadline),
        WorkspaceId = deal.WorkspaceId,
        DealId = deal.Id,
        Stage = stage,
        Rung = rung,
        Deadline = deadline,
        DueAt = due,
        NotBefore = due,
        CreatedAt = now,
    };
}
