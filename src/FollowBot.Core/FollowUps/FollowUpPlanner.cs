using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Turns what the database says is due into outbox rows: every deal whose deadline, reminder or snooze count calls
/// for a ladder gets its rows, inserted first under their unique keys (a row another host planned is left alone).
/// </summary>
public sealed class FollowUpPlanner(IFollowUpOutbox outbox, TeamChannelDirectory channels, WorkspaceSettings settings, IOptions<NudgeOptions> options)
{
    private const int Batch = 1000;

    public async Task PlanAsync(SweepTally tally, CancellationToken cancellationToken)
    {
        var o = options.Value;
        while (true)
        {
            var due = await outbox.FindUnplannedAsync(tally.Now, o.SnoozeLimit, Batch, cancellationToken);
            var rows = new List<OutboxMessage>();
            foreach (var deal in due)
            {
                var hasChannel = await channels.ForAsync(deal.WorkspaceId, cancellationToken) is not null;
                rows.AddRange(LadderPlan.For(deal, tally.Now, settings.Calendar, o, hasChannel));
            }

            var added = rows.Count == 0 ? 0 : await outbox.AddAsync(rows, cancellationToken);
            tally.AddPlanned(added);

            // A short page is the last; a page of nothing new means another host is planning the same deals.
            if (due.Count < Batch || added == 0)
            {
                return;
            }
        }
    }
}
