using FollowBot.Core.Cards;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// A manager's weekly review (product §6) of the seven local days before the review day: deadlines missed by stage
/// and by rep, the reasons given for snoozes, and the on-time rate of stage exits.
/// </summary>
public sealed class WeeklyReviewMessages(IFollowUpReader reader, IMemberStore members)
{
    private const int Lines = 8;

    public async Task<Reply> BuildAsync(OutboxMessage row, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        var zone = context.ActorZone;
        var reviewDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(row.Deadline, zone).DateTime);
        var from = Start(reviewDay.AddDays(-7), zone);
        var to = Start(reviewDay, zone);
        var team = (await members.ListReportsAsync(context.Workspace.Id, context.Actor.Id, cancellationToken)).Select(m => m.Id).Append(context.Actor.Id).ToList();
        var facts = await reader.ReviewFactsAsync(context.Workspace.Id, team, from, to, cancellationToken);
        var names = (await reader.MembersAsync([.. facts.Breaches.Select(b => b.StageOwner).Distinct()], cancellationToken)).ToDictionary(m => m.Id, m => m.DisplayName);

        var onTime = facts.Exits.Count(e => !e.Late);
        var rate = facts.Exits.Count == 0 ? "—" : ((double)onTime / facts.Exits.Count).ToString("P0", t.Culture);
        var view = new WeeklyReviewView
        {
            Title = t["FollowUps_ReviewTitle"],
            Period = $"{t.Date(reviewDay.AddDays(-7))} – {t.Date(reviewDay.AddDays(-1))}",
            OnTimeRate = rate,
            OnTimeDetail = t.Format("FollowUps_ReviewOnTime", onTime, facts.Exits.Count),
            ByStage = Count(facts.Breaches.Select(b => context.Pipeline.Find(b.Stage)?.Name(t.Locale) ?? b.Stage), t),
            ByRep = Count(facts.Breaches.Select(b => names.GetValueOrDefault(b.StageOwner, "?")), t),
            SnoozeReasons = Count(facts.SnoozeReasons.Select(r => string.IsNullOrWhiteSpace(r) ? t["FollowUps_ReviewNoReason"] : r.Trim()), t),
            NoBreaches = facts.Breaches.Count == 0 ? t["FollowUps_ReviewNoBreaches"] : null,
        };
        var text = t.Format("FollowUps_ReviewText", facts.Breaches.Count, rate);
        return new Reply(text, new CardReply(CardId.WeeklyReview, view, t.Locale));
    }

    private static List<ReviewCount> Count(IEnumerable<string> names, Text.Texts t) =>
        [.. names.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Lines)
            .Select(g => new ReviewCount(g.Key, g.Count().ToString(t.Culture)))];

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone) =>
        Time.ZoneWallClock.ToInstant(zone, day.ToDateTime(TimeOnly.MinValue));
}
