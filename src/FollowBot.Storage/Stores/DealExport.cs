using System.Runtime.CompilerServices;
using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

/// <summary>
/// The export half of <c>IPipelineReport</c>, the same on every provider: deals in scope streamed by number through
/// EF (one row at a time, no list built), so only the summary's grouped SQL differs between databases.
/// </summary>
internal static class DealExport
{
    public static async IAsyncEnumerable<Deal> StreamAsync(FollowBotDbContext db, WorkspaceId workspace, IReadOnlyCollection<MemberId>? heldBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var deals = db.Deals.AsNoTracking().Where(d => d.WorkspaceId == workspace);
        if (heldBy is not null)
        {
            var members = heldBy.Distinct().ToList();
            deals = deals.Where(d => members.Contains(d.OwnerId) || members.Contains(d.StageOwnerId));
        }

        await foreach (var deal in deals.OrderBy(d => d.Number).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return deal;
        }
    }
}
