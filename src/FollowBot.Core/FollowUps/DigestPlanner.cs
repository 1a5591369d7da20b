using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Plans morning digests (working days at <see cref="NudgeOptions.DigestAt"/> on each member's own clock) and
/// managers' weekly reviews as outbox rows keyed by member and local day, so a restart or a second host can't
/// send one twice. A digest missed while FollowBot was down still goes out later the same working day.
/// </summary>
public sealed class DigestPlanner(IFollowUpReader reader, IFollowUpOutbox outbox, QuietHours quiet, IOptions<NudgeOptions> options)
{
    private const int Page = 1000;

    public async Task<int> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.DigestsEnabled)
        {
            return 0;
        }

        var added = 0;
        for (var skip = 0; ; skip += Page)
        {
            var members = await reader.MemberPageAsync(skip, Page, cancellationToken);
            var rows = members.SelectMany(m => RowsFor(m, now, o)).ToList();
            added += rows.Count == 0 ? 0 : await outbox.AddAsync(rows, cancellationToken);
            if (members.Count < Page)
            {
                return added;
            }
        }
    }

    private IEnumerable<OutboxMessage> RowsFor(Member member, DateTimeOffset now, NudgeOptions o)
    {
        var calendar = quiet.For(member.TimeZone);
        var day = calendar.LocalDate(now);
        var zone = calendar.TimeZone;
        var at = zone.ToInstant(day.ToDateTime(o.DigestAt));
        var end = zone.ToInstant(day.ToDateTime(calendar.Settings.WorkEnd));
        if (!calendar.IsWorkingDay(day) || now < at || now >= end)
        {
            yield break;
        }

        yield return Row(member, Rungs.Digest, day, at, now);
        if (member.IsAtLeast(Role.Manager) && day.DayOfWeek == o.WeeklyReviewDay)
        {
            yield return Row(member, Rungs.WeeklyReview, day, at, now);
        }
    }

    private static OutboxMessage Row(Member member, string rung, DateOnly day, DateTimeOffset at, DateTimeOffset now) => new()
    {
        Key = OutboxMessage.KeyFor(member.Id, rung, day),
        WorkspaceId = member.WorkspaceId,
        Rung = rung,
        Deadline = at,
        RecipientId = member.Id,
        DueAt = at,
        NotBefore = at,
        CreatedAt = now,
    };
}
