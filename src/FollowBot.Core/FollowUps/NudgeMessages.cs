using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Text;
using FollowBot.Core.Time;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Writes the message of one deal rung in the reader's language and on the reader's clock: a nudge card for the
/// stage owner, an escalation card for their manager or the team channel.
/// </summary>
public sealed class NudgeMessages(WorkspaceSettings settings, IOptions<NudgeOptions> options)
{
    /// <param name="reader">The recipient; null for the team channel, which reads the workspace's language and clock.</param>
    public Reply Build(OutboxMessage row, Deal deal, Member stageOwner, Member? reader, Workspace workspace, DateTimeOffset now)
    {
        var t = Texts.For(reader?.LocaleOr(workspace.Locale) ?? workspace.Locale);
        var zone = TimeZones.FindOrUtc(reader?.TimeZone ?? workspace.TimeZone);
        var stage = settings.Pipeline.Find(deal.Stage)?.Name(t.Locale) ?? deal.Stage;
        var due = t.DateTime(row.Deadline, zone);
        var late = Lateness.Describe(settings.Calendar, row.Deadline, now, t);
        var amount = deal.Value is { } v ? t.Money(v) : null;
        var tag = NudgeTag.For(row);
        var card = Rungs.IsEscalation(row.Rung)
            ? Card(CardId.Escalation, new EscalationView
            {
                Number = deal.Number,
                Company = deal.Company,
                Title = t[row.Rung == Rungs.Snoozes ? "FollowUps_EscalationSnoozesTitle" : "FollowUps_EscalationTitle"],
                Reason = row.Rung == Rungs.Snoozes
                    ? t.Format("FollowUps_EscalationSnoozes", stageOwner.DisplayName, deal.SnoozeCount, stage)
                    : t.Format("FollowUps_EscalationOverdue", stageOwner.DisplayName, stage, late),
                StageName = stage,
                StageOwner = stageOwner.DisplayName,
                Due = due,
                Amount = amount,
                Snoozes = deal.SnoozeCount > 0 ? deal.SnoozeCount.ToString(t.Culture) : null,
                Tag = tag,
            }, t)
            : Card(CardId.Nudge, new NudgeView
            {
                Number = deal.Number,
                Company = deal.Company,
                Title = t[row.Rung == Rungs.Reminder ? "FollowUps_ReminderTitle" : "FollowUps_NudgeTitle"],
                Summary = row.Rung == Rungs.Reminder
                    ? t.Format("FollowUps_ReminderSummary", due)
                    : t.Format("FollowUps_NudgeSummary", stage, due, late),
                StageName = stage,
                Owner = stageOwner.DisplayName,
                Due = deal.StageDueAt is { } stageDue ? t.DateTime(stageDue, zone) : null,
                Amount = amount,
                Note = row.Rung == Rungs.Reminder ? deal.NextFollowUpNote : null,
                Repeat = Rungs.OwnerStep(row.Rung) is > 0 and var n ? t.Format("FollowUps_RepeatOf", n + 1, options.Value.RepeatCap + 1) : null,
                Tag = tag,
                Reasons = Reasons(t),
            }, t);
        var text = row.Rung switch
        {
            Rungs.Reminder => t.Format("FollowUps_ReminderText", deal.Number, deal.Company, deal.NextFollowUpNote ?? t["Reminder_NoText"]),
            Rungs.Snoozes => t.Format("FollowUps_EscalationSnoozesText", deal.Number, deal.Company, stageOwner.DisplayName, deal.SnoozeCount),
            Rungs.Manager or Rungs.Channel => t.Format("FollowUps_EscalationText", deal.Number, deal.Company, stageOwner.DisplayName, late),
            _ => t.Format("FollowUps_NudgeText", deal.Number, deal.Company, stage, late),
        };
        return new Reply(text, card);
    }

    /// <summary>Snooze reason presets; the value is what the timeline keeps, so it is the reader's own words.</summary>
    public static IReadOnlyList<ChoiceItem> Reasons(Texts t) =>
        [.. new[] { "Customer", "Internal", "Travel", "Other" }.Select(k => new ChoiceItem(t["FollowUps_Reason" + k], t["FollowUps_Reason" + k]))];

    private static CardReply Card(string id, object view, Texts t) => new(id, view, t.Locale);
}
