using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed partial class DealStore
{
    public async Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query, CancellationToken cancellationToken)
    {
        // One member's open deals (mine, the digest, a rep's overdue list) are most of the lists people ask for.
        if (query is { OpenOnly: true, Stage: null, HeldBy: { } heldBy } && string.IsNullOrWhiteSpace(query.Text) && heldBy.Distinct().Take(2).Count() == 1)
        {
            var list = new List<Deal>();
            var page = OneMembersPage.Query.For(db)(db, query.Workspace, heldBy.First(), query.DueBefore, query.Limit);
            await foreach (var deal in page.WithCancellation(cancellationToken))
            {
                list.Add(deal);
            }

            return list;
        }

        return await QueryAnyAsync(query, cancellationToken);
    }

    /// <summary>Any list: built for the filters given, translated at each call.</summary>
    internal async Task<IReadOnlyList<Deal>> QueryAnyAsync(DealQuery query, CancellationToken cancellationToken)
    {
        // Lists are read, never saved from: no change tracking for the rows they show.
        var deals = Filtered(db.Deals.AsNoTracking().Where(d => d.WorkspaceId == query.Workspace), query);
        if (query.HeldBy is { } heldBy)
        {
            // One OR over OwnerId and StageOwnerId can walk neither index in deadline order: the database fetched
            // and sorted every deal of the member (of the whole workspace, on SQLite without statistics) to keep the
            // first Limit. Each arm here walks one index in order and stops at Limit; the page is the first Limit of
            // their union, which holds it: a deal on the page is on the page of every arm it belongs to.
            var members = heldBy.Distinct().ToList();
            var ids = FirstIds(deals.Where(d => members.Contains(d.OwnerId)), query.Limit)
                .Union(FirstIds(deals.Where(d => members.Contains(d.StageOwnerId)), query.Limit));
            deals = db.Deals.AsNoTracking().Where(d => ids.Contains(d.Id));
        }

        return await deals
            .OrderBy(d => d.StageDueAt == null)
            .ThenBy(d => d.StageDueAt)
            .ThenBy(d => d.Number)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The first <paramref name="limit"/> deals with a deadline, in deadline order, and the first without one.</summary>
    private static IQueryable<DealId> FirstIds(IQueryable<Deal> deals, int limit) =>
        deals.Where(d => d.StageDueAt != null).OrderBy(d => d.StageDueAt).ThenBy(d => d.Number).Take(limit).Select(d => d.Id)
            .Concat(deals.Where(d => d.StageDueAt == null).OrderBy(d => d.Number).Take(limit).Select(d => d.Id));

    private static IQueryable<Deal> Filtered(IQueryable<Deal> deals, DealQuery query)
    {
        if (query.OpenOnly || query.DueBefore is not null)
        {
            deals = deals.Where(d => d.Status == DealStatus.Open);
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

        return deals;
    }
}
