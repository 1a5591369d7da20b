using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

/// <summary>
/// One member's open deals, all or those due before an instant: mine, the digest and a rep's overdue list, the lists
/// people open most. Compiled once: translating the LINQ at each call was 40% of the page's time (bench/Lists: the
/// compiled page takes 0.60× the translated one's time and 0.22× its allocations). The arms are
/// DealStore.QueryAnyAsync's; EF drops the undated arms when <c>dueBefore</c> has a value, and the bound when it has
/// none.
/// </summary>
internal static class OneMembersPage
{
    public static readonly PerModel<Func<FollowBotDbContext, WorkspaceId, MemberId, DateTimeOffset?, int, IAsyncEnumerable<Deal>>> Query = new(() =>
        EF.CompileAsyncQuery((FollowBotDbContext db, WorkspaceId workspace, MemberId member, DateTimeOffset? dueBefore, int limit) =>
            db.Deals.AsNoTracking()
                .Where(d => db.Deals
                    .Where(x => x.WorkspaceId == workspace && x.Status == DealStatus.Open && x.OwnerId == member && x.StageDueAt != null && (dueBefore == null || x.StageDueAt < dueBefore))
                    .OrderBy(x => x.StageDueAt).ThenBy(x => x.Number).Take(limit).Select(x => x.Id)
                    .Concat(db.Deals
                        .Where(x => x.WorkspaceId == workspace && x.Status == DealStatus.Open && x.OwnerId == member && x.StageDueAt == null && dueBefore == null)
                        .OrderBy(x => x.Number).Take(limit).Select(x => x.Id))
                    .Union(db.Deals
                        .Where(x => x.WorkspaceId == workspace && x.Status == DealStatus.Open && x.StageOwnerId == member && x.StageDueAt != null && (dueBefore == null || x.StageDueAt < dueBefore))
                        .OrderBy(x => x.StageDueAt).ThenBy(x => x.Number).Take(limit).Select(x => x.Id))
                    .Union(db.Deals
                        .Where(x => x.WorkspaceId == workspace && x.Status == DealStatus.Open && x.StageOwnerId == member && x.StageDueAt == null && dueBefore == null)
                        .OrderBy(x => x.Number).Take(limit).Select(x => x.Id))
                    .Contains(d.Id))
                .OrderBy(d => d.StageDueAt == null).ThenBy(d => d.StageDueAt).ThenBy(d => d.Number)
                .Take(limit)));
}
