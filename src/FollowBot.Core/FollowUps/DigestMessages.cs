using FollowBot.Core.Cards;
using FollowBot.Core.Commands;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;
using FollowBot.Core.Time;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Writes a morning digest (due today, overdue, at risk, what the budget held back; for admins what could not be
/// delivered) or a manager's weekly review, from the data as it is when it is sent.
/// </summary>
public sealed class DigestMessages(IDealStore deals, IFollowUpOutbox outbox, DealPresenter presenter, WeeklyReviewMessages reviews, WorkspaceSettings settings)
{
    // Small enough for Slack's 50-block message limit with all three lists full (the card test checks it).
    public const int ListCap = 10;
    public const int FailureLines = 8;

    public async Task<Reply> BuildAsync(OutboxMessage row, Member member, Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var t = Texts.For(member.LocaleOr(workspace.Locale));
        var context = new CommandContext
        {
            Workspace = workspace,
            Actor = member,
            Text = t,
            Now = now,
            Channel = Rungs.Digest,
            Pipeline = settings.Pipeline,
            Calendar = settings.Calendar,
        };
        return row.Rung == Rungs.WeeklyReview
            ? await reviews.BuildAsync(row, context, cancellationToken)
            : await DigestAsync(row, context, cancellationToken);
    }

    private async Task<Reply> DigestAsync(OutboxMessage row, CommandContext context, CancellationToken cancellationToken)
    {
        var (t, member, now) = (context.Text, context.Actor, context.Now);
        var horizon = context.Calendar.Add(now, BusinessDuration.FromDays(1));
        var soon = await deals.QueryAsync(new DealQuery(context.Workspace.Id) { HeldBy = [member.Id], DueBefore = horizon, Limit = 3 * DealPresenter.ListLimit }, cancellationToken);
        var overdue = soon.Where(d => d.StageDueAt < now).ToList();
        var today = soon.Where(d => d.StageDueAt >= now && LocalDate(d.StageDueAt!.Value, context) == context.Today).ToList();
        var atRisk = soon.Except(overdue).Except(today).ToList();

        // What the budget held back and what failed since the previous digest (a day before this one).
        var since = row.Deadline.AddDays(-1);
        var folded = await outbox.FoldedForAsync(member.Id, since, cancellationToken);
        var failures = member.Role == Role.Admin
            ? await outbox.SettledAsync(context.Workspace.Id, OutboxStatus.GaveUp, since, FailureLines, cancellationToken)
            : [];
        var summary = t.Format("Reply_Digest", overdue.Count, today.Count, atRisk.Count);
        var view = new DigestView
        {
            Title = t.Format("FollowUps_DigestTitle", t.Date(context.Today)),
            Summary = summary,
            Overdue = (await presenter.ListAsync("", "", [.. overdue.Take(ListCap)], context, cancellationToken)).Items,
            DueToday = (await presenter.ListAsync("", "", [.. today.Take(ListCap)], context, cancellationToken)).Items,
            AtRisk = (await presenter.ListAsync("", "", [.. atRisk.Take(ListCap)], context, cancellationToken)).Items,
            Folded = folded.Count > 0 ? t.Format("FollowUps_DigestFolded", folded.Select(f => f.DealId).Distinct().Count()) : null,
            Failures = [.. failures.Select(f => t.Format("FollowUps_DigestFailure", f.Rung, f.LastError ?? "?", t.DateTime(f.SettledAt ?? now, context.ActorZone)))],
            EmptyText = soon.Count == 0 && folded.Count == 0 && failures.Count == 0 ? t["List_DigestEmpty"] : null,
        };
        return new Reply(summary, new CardReply(CardId.Digest, view, t.Locale));
    }

    private static DateOnly LocalDate(DateTimeOffset instant, CommandContext context) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, context.ActorZone).DateTime);
}
