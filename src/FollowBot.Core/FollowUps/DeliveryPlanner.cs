using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Decides, for a claimed batch, what each row becomes: stopped (the deal moved on), skipped (nobody to tell),
/// put back until the recipient's working hours, given up (recipient unreachable), folded (over the daily budget),
/// or a <see cref="Delivery"/> with its message written. One query per kind of data for the whole batch.
/// </summary>
public sealed class DeliveryPlanner(
    IFollowUpReader reader,
    IFollowUpOutbox outbox,
    QuietHours quiet,
    TeamChannelDirectory channels,
    NudgeMessages nudges,
    DigestMessages digests,
    IOptions<NudgeOptions> options,
    ILogger<DeliveryPlanner> logger)
{
    internal async Task<(IReadOnlyList<Delivery> Deliveries, List<OutboxOutcome> Settled)> PlanAsync(
        IReadOnlyList<OutboxMessage> rows, SweepTally tally, CancellationToken cancellationToken)
    {
        var now = tally.Now;
        var settled = new List<OutboxOutcome>();
        void Settle(OutboxOutcome outcome)
        {
            settled.Add(outcome);
            tally.Count(outcome.Status);
        }

        var deals = (await reader.DealsAsync([.. rows.Where(r => r.DealId is not null).Select(r => r.DealId!.Value).Distinct()], cancellationToken))
            .ToDictionary(d => d.Id);
        var live = new List<(OutboxMessage Row, Deal? Deal)>();
        foreach (var row in rows)
        {
            Deal? deal = null;
            if (Rungs.IsAboutDeal(row.Rung) && (row.DealId is not { } id || !deals.TryGetValue(id, out deal) || !IsCurrent(row, deal) || IsSuperseded(row, rows)))
            {
                Settle(Outcomes.Settle(row, OutboxStatus.Stopped, now));
                continue;
            }

            live.Add((row, deal));
        }

        var members = (await reader.MembersAsync([.. live.Select(l => l.Deal?.StageOwnerId ?? l.Row.RecipientId).OfType<MemberId>().Distinct()], cancellationToken))
            .ToDictionary(m => m.Id);
        var managerIds = live.Where(l => l.Row.Rung is Rungs.Manager or Rungs.Snoozes)
            .Select(l => members.GetValueOrDefault(l.Deal!.StageOwnerId)?.ManagerId).OfType<MemberId>().Where(id => !members.ContainsKey(id)).Distinct().ToList();
        foreach (var manager in await reader.MembersAsync(managerIds, cancellationToken))
        {
            members[manager.Id] = manager;
        }

        var workspaces = (await reader.WorkspacesAsync([.. live.Select(l => l.Row.WorkspaceId).Distinct()], cancellationToken)).ToDictionary(w => w.Id);
        var targets = new List<(OutboxMessage Row, Deal? Deal, Member? Recipient, TeamChannelOptions? Channel)>();
        foreach (var (row, deal) in live)
        {
            var stageOwner = deal is null ? null : members.GetValueOrDefault(deal.StageOwnerId);
            var recipient = row.Rung switch
            {
                Rungs.Manager or Rungs.Snoozes => stageOwner?.ManagerId is { } m ? members.GetValueOrDefault(m) : null,
                Rungs.Channel => null,
                Rungs.Digest or Rungs.WeeklyReview => row.RecipientId is { } r ? members.GetValueOrDefault(r) : null,
                _ => stageOwner,
            };
            var channel = row.Rung == Rungs.Channel ? await channels.ForAsync(row.WorkspaceId, cancellationToken) : null;
            if ((recipient is null && channel is null) || (deal is not null && stageOwner is null) || !workspaces.ContainsKey(row.WorkspaceId))
            {
                Log.NobodyToTell(logger, row.Key, row.Rung);
                Settle(Outcomes.Settle(row, OutboxStatus.Skipped, now, row.Rung == Rungs.Channel ? "no team channel" : "no recipient"));
                continue;
            }

            if (quiet.WaitUntil(recipient?.TimeZone ?? workspaces[row.WorkspaceId].TimeZone, now) is { } until)
            {
                Settle(Outcomes.Wait(row, until));
                continue;
            }

            targets.Add((row, deal, recipient, channel));
        }

        var conversations = await reader.ConversationsAsync([.. targets.Select(t => t.Recipient?.Id).OfType<MemberId>().Distinct()], cancellationToken);
        var deliveries = new List<Delivery>();
        foreach (var (row, deal, recipient, channel) in targets)
        {
            if (channel is not null)
            {
                deliveries.Add(new Delivery(row, deal, null, TeamChannelDirectory.Conversation(channel), channel));
            }
            else if (conversations.TryGetValue(recipient!.Id, out var conversation))
            {
                deliveries.Add(new Delivery(row, deal, recipient, conversation, null));
            }
            else
            {
                // Counted and logged: someone FollowBot should tell has never talked to it on any channel.
                Log.Unreachable(logger, row.Key, recipient.DisplayName, recipient.ExternalId);
                tally.CountUnreachable();
                Settle(Outcomes.Settle(row, OutboxStatus.GaveUp, now, "no conversation with the recipient") with { RecipientId = recipient.Id });
            }
        }

        var sendable = await KeepBudgetAsync(deliveries, now, Settle, cancellationToken);
        foreach (var delivery in sendable)
        {
            var workspace = workspaces[delivery.Row.WorkspaceId];
            delivery.Reply = delivery.Deal is { } deal
                ? nudges.Build(delivery.Row, deal, members[deal.StageOwnerId], delivery.Recipient, workspace, now)
                : await digests.BuildAsync(delivery.Row, delivery.Recipient!, workspace, now, cancellationToken);
        }

        return (sendable, settled);
    }

    /// <summary>Product §6: at most MaxNudgesPerDay per person and local day, earliest first; the rest fold into the digest.</summary>
    private async Task<List<Delivery>> KeepBudgetAsync(List<Delivery> deliveries, DateTimeOffset now, Action<OutboxOutcome> settle, CancellationToken cancellationToken)
    {
        var kept = deliveries.Where(d => d.Recipient is null || !Rungs.CountsAgainstBudget(d.Row.Rung)).ToList();
        var groups = deliveries.Where(d => d.Recipient is not null && Rungs.CountsAgainstBudget(d.Row.Rung))
            .GroupBy(d => (d.Recipient!.Id, quiet.For(d.Recipient.TimeZone).LocalDate(now)))
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Row.DueAt).ToList());
        if (groups.Count == 0)
        {
            return kept;
        }

        var granted = await outbox.ReserveBudgetsAsync([.. groups.Select(g => (g.Key.Item1, g.Key.Item2, g.Value.Count))], options.Value.MaxNudgesPerDay, cancellationToken);
        foreach (var (key, ordered) in groups)
        {
            var n = granted.GetValueOrDefault(key);
            kept.AddRange(ordered.Take(n));
            foreach (var folded in ordered.Skip(n))
            {
                settle(Outcomes.Settle(folded.Row, OutboxStatus.Folded, now, "daily budget") with { RecipientId = key.Item1 });
            }
        }

        return kept;
    }

    /// <summary>The deal is still where the rung found it: open, same stage and deadline (or the same reminder).</summary>
    internal static bool IsCurrent(OutboxMessage row, Deal deal) =>
        deal.IsOpen && (row.Rung == Rungs.Reminder
            ? deal.NextFollowUpAt == row.Deadline
            : deal.Stage == row.Stage && deal.StageDueAt == row.Deadline);

    // After downtime several owner rungs of one ladder can be due at once: only the latest is worth sending.
    private static bool IsSuperseded(OutboxMessage row, IReadOnlyList<OutboxMessage> batch) =>
        Rungs.OwnerStep(row.Rung) is { } step
        && batch.Any(r => r.DealId == row.DealId && r.Stage == row.Stage && r.Deadline == row.Deadline && Rungs.OwnerStep(r.Rung) > step);
}
