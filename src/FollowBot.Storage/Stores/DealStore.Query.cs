using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed partial class DealStore
{
    public async Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query, CancellationToken cancellationToken)
    {
        // Lists are read, never saved from: no change tracking for the rows they show.
        var deals = db.Deals.AsNoTracking().Where(d => d.WorkspaceId == query.Workspace);
        if (query.OpenOnly || query.DueBefore is not null)
        {
            deals = deals.Where(d => d.Status == DealStatus.Open);
        }

        if (query.HeldBy is { } heldBy)
        {
            var members = heldBy.Distinct().ToList();
            deals = deals.Where(d => members.Contains(d.OwnerId) || members.Contains(d.StageOwnerId));
        }

        if (query.Stage is { } stage)
        {
            deals = deals.Where(d => d.Stage == stage);
        }

        if (query.DueBefore is { } dueBefore)
        {
            deals = deals.Where(d => d.StageDueAt != null && d.StageDueAt < dueBefore);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // Fold lower-cases every script on every provider; Chinese has no case and matches as is.
            var text = query.Text.Trim().ToLowerInvariant();
            deals = deals.Where(d => FollowBotDbContext.Fold(d.Company).Contains(text)
                || (d.ContactName != null && FollowBotDbContext.Fold(d.ContactName).Contains(text)));
        }

        return await deals
            .OrderBy(d => d.StageDueAt == null)
            .ThenBy(d => d.StageDueAt)
            .ThenBy(d => d.Number)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
    }
}
