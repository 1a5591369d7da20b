using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class FollowUpReader(FollowBotDbContext db) : IFollowUpReader
{
    public async Task<IReadOnlyList<Deal>> DealsAsync(IReadOnlyCollection<DealId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        return wanted.Count == 0 ? [] : await db.Deals.AsNoTracking().Where(d => wanted.Contains(d.Id)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Member>> MembersAsync(IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        return wanted.Count == 0 ? [] : await db.Members.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Workspace>> WorkspacesAsync(IReadOnlyCollection<WorkspaceId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        return wanted.Count == 0 ? [] : await db.Workspaces.AsNoTracking().Where(w => wanted.Contains(w.Id)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<MemberId, ConversationRef>> ConversationsAsync(IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<MemberId, ConversationRef>();
        }

        var rows = await db.Conversations.AsNoTracking().Where(c => wanted.Contains(c.MemberId)).ToListAsync(cancellationToken);
        return rows.GroupBy(c => c.MemberId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.UpdatedAt).Select(c => new ConversationRef(c.Channel, c.Address)).First());
    }

    public async Task<IReadOnlyList<Member>> MemberPageAsync(int skip, int take, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().OrderBy(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    public async Task<ReviewFacts> ReviewFactsAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId> team, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var members = team.ToList();
        var deals = await db.Deals.AsNoTracking()
            .Where(d => d.WorkspaceId == workspace && (members.Contains(d.OwnerId) || members.Contains(d.StageOwnerId)))
            .Select(d => new { d.Id, d.StageOwnerId })
            .ToDictionaryAsync(d => d.Id, d => d.StageOwnerId, cancellationToken);

        // A breach is a stage deadline that passed in the week while the deal sat in the stage: its first nudge row.
        var nudges = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(o => o.WorkspaceId == workspace && o.Rung == Rungs.Nudge && o.Deadline >= from && o.Deadline < to)
            .Select(o => new { o.DealId, o.Stage, o.RecipientId })
            .ToListAsync(cancellationToken);
        var breaches = nudges.Where(n => n.DealId is { } id && deals.ContainsKey(id))
            .Select(n => new Breach(n.DealId!.Value, n.Stage, n.RecipientId ?? deals[n.DealId!.Value]))
            .ToList();

        var entries = await db.TimelineEntries.AsNoTracking()
            .Where(t => t.WorkspaceId == workspace && t.At >= from && t.At < to
                && (t.Kind == TimelineKind.Snoozed || (t.Field == "stage" && (t.Kind == TimelineKind.StageMoved || t.Kind == TimelineKind.Won || t.Kind == TimelineKind.Lost))))
            .Select(t => new { t.DealId, t.Kind, t.Before, t.At, t.Text })
            .ToListAsync(cancellationToken);
        entries = [.. entries.Where(e => deals.ContainsKey(e.DealId))];
        var reasons = entries.Where(e => e.Kind == TimelineKind.Snoozed).Select(e => e.Text).ToList();

        // An exit was late when that stage had a deadline that passed before the deal left it (any first nudge row).
        var exits = entries.Where(e => e.Kind != TimelineKind.Snoozed && e.Before is not null).ToList();
        var exitDeals = exits.Select(e => (DealId?)e.DealId).Distinct().ToList();
        var missed = exitDeals.Count == 0 ? [] : await db.Set<OutboxMessage>().AsNoTracking()
            .Where(o => o.Rung == Rungs.Nudge && exitDeals.Contains(o.DealId))
            .Select(o => new { o.DealId, o.Stage, o.Deadline })
            .ToListAsync(cancellationToken);
        var result = exits.Select(e => new ReviewExit(e.DealId, e.Before!, e.At, missed.Any(m => m.DealId == e.DealId && m.Stage == e.Before && m.Deadline < e.At))).ToList();
        return new ReviewFacts(breaches, reasons, result);
    }
}
