using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Sends what is due from the outbox: claims a batch with a conditional update (so hosts sharing the database never
/// take the same row), drops rows whose deal moved on, waits out quiet hours, keeps the daily budget, then publishes
/// a few at a time and records each result (message id, retry with backoff, or give up loudly) right after.
/// A host that dies between publishing and recording leaves its rows claimed; when the lease ends another host
/// sends them again: a crash can repeat the messages in flight, never lose one. Each message carries its outbox key
/// to the publisher, so a channel that can deliver once per key (the Playground) repeats nothing even then; Teams and
/// Slack take a plain HTTP POST with no idempotency key, so there the group in flight at a crash may go twice.
/// </summary>
public sealed class FollowUpDispatcher(
    IFollowUpOutbox outbox,
    DeliveryPlanner planner,
    PublisherSet publishers,
    Claimant claimant,
    TimeProvider time,
    IOptions<NudgeOptions> options,
    ILogger<FollowUpDispatcher> logger)
{
    public async Task DispatchAsync(SweepTally tally, CancellationToken cancellationToken)
    {
        var o = options.Value;
        // Every row leaves the claimable set once processed (settled, or pushed past now), so this ends.
        while (true)
        {
            // What is due is judged at the sweep's instant; whose lease ended, and how long this claim holds, at the
            // clock's: a sweep can run for minutes, and a lease dated from its start would be over before it is
            // taken, handing rows this host is still sending to the next host that looks.
            var token = claimant.Next();
            var now = time.GetUtcNow();
            var rows = await outbox.ClaimAsync(token, tally.Now, now, now + o.ClaimLease, o.BatchSize, cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            if (!await ProcessAsync(token, rows, tally, cancellationToken) || rows.Count < o.BatchSize)
            {
                return;
            }
        }
    }

    /// <summary>False when another host took over some of the batch (this one was slower than its lease).</summary>
    private async Task<bool> ProcessAsync(string token, IReadOnlyList<OutboxMessage> rows, SweepTally tally, CancellationToken cancellationToken)
    {
        var (deliveries, settled) = await planner.PlanAsync(rows, tally, cancellationToken);
        var remaining = deliveries.Count;
        var held = await outbox.CompleteAsync(token, settled, [], LeaseFromNow(), cancellationToken);

        // Record after each small group: what a crash can repeat is at most one group in flight. Each record renews
        // the lease on the rest, so a batch may take longer than one lease as long as every group fits in one.
        foreach (var group in deliveries.Chunk(options.Value.Parallelism))
        {
            if (held < remaining)
            {
                // A lease ran out between two records and another host claimed rows of this batch: they are its
                // now, and sending them here too would repeat them. What this host still holds waits for its lease.
                Log.LeaseLost(logger, remaining - held, remaining);
                return false;
            }

            var outcomes = new OutboxOutcome[group.Length];
            var timeline = new TimelineEntry?[group.Length];
            await Parallel.ForEachAsync(Enumerable.Range(0, group.Length), new ParallelOptions { MaxDegreeOfParallelism = group.Length, CancellationToken = cancellationToken },
                async (i, ct) => (outcomes[i], timeline[i]) = await SendAsync(group[i], tally, ct));
            remaining -= group.Length;
            held = await outbox.CompleteAsync(token, outcomes, [.. timeline.OfType<TimelineEntry>()], LeaseFromNow(), cancellationToken);
        }

        return true;
    }

    private DateTimeOffset LeaseFromNow() => time.GetUtcNow() + options.Value.ClaimLease;

    private async Task<(OutboxOutcome, TimelineEntry?)> SendAsync(Delivery delivery, SweepTally tally, CancellationToken cancellationToken)
    {
        var row = delivery.Row;
        var now = tally.Now;
        Conversations.PublishResult result;
        try
        {
            result = delivery.TeamChannel is not null
                ? await publishers.ToTeamChannelAsync(row.WorkspaceId, delivery.Conversation, delivery.Reply!, row.Key, cancellationToken)
                : await publishers.ToMemberAsync(delivery.Recipient!, delivery.Conversation, delivery.Reply!, row.Key, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A publisher should report failures as results; one that throws is treated as a transient failure.
            result = new Conversations.PublishResult(false, Failure: ex.GetType().Name + ": " + ex.Message, Transient: true);
        }

        if (result.Delivered)
        {
            tally.Count(OutboxStatus.Sent);
            var outcome = new OutboxOutcome(row.Key, OutboxStatus.Sent)
            {
                Attempts = row.Attempts + 1,
                RecipientId = delivery.Recipient?.Id,
                SettledAt = now,
                Channel = delivery.Conversation.Channel,
                MessageId = result.MessageId,
            };
            return (outcome, delivery.Deal is { } deal ? Entry(deal, row, delivery, now) : null);
        }

        var attempts = row.Attempts + 1;
        var error = result.Failure ?? "not delivered";
        if (result.Transient && attempts < options.Value.MaxAttempts)
        {
            Log.DeliveryRetry(logger, row.Key, delivery.Conversation.Channel, attempts, error);
            tally.Count(OutboxStatus.Pending, retry: true);
            return (Outcomes.Retry(row, attempts, now, options.Value.RetryBackoff, error), null);
        }

        Log.DeliveryGaveUp(logger, row.Key, delivery.RecipientName, delivery.Conversation.Channel, attempts, error);
        tally.Count(OutboxStatus.GaveUp);
        return (Outcomes.Settle(row, OutboxStatus.GaveUp, now, error) with { Attempts = attempts, RecipientId = delivery.Recipient?.Id }, null);
    }

    private static TimelineEntry Entry(Deal deal, OutboxMessage row, Delivery delivery, DateTimeOffset now) =>
        new(deal, Rungs.IsEscalation(row.Rung) ? TimelineKind.Escalated : TimelineKind.Nudged, null, now, delivery.Conversation.Channel)
        {
            Text = delivery.RecipientName,
        };
}
