using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Logging;

namespace FollowBot.Core.Commands.Deals;

/// <summary>
/// The checks every deal command shares: the deal exists in this workspace, the actor may see or edit it
/// (product §8, with a refusal that says why), people resolve to members, and saves that lost a race say so.
/// </summary>
public sealed class DealAccess(IDealStore deals, IMemberStore members, ILogger<DealAccess> logger)
{
    public async Task<(Deal? Deal, CommandOutcome? Refusal)> LoadAsync(int number, CommandContext context, CancellationToken cancellationToken)
    {
        var deal = await deals.GetByNumberAsync(context.Workspace.Id, number, cancellationToken);
        if (deal is null)
        {
            return (null, CommandOutcome.Error(context.Text.Format("Error_DealNotFound", number)));
        }

        if (!context.CanSee(deal))
        {
            var owner = await members.GetAsync(context.Workspace.Id, deal.OwnerId, cancellationToken);
            return (null, CommandOutcome.Error(context.Text.Format("Error_NotYourDeal", number, owner?.DisplayName ?? "?")));
        }

        return (deal, null);
    }

    /// <summary>Loads an open deal the actor may edit.</summary>
    public async Task<(Deal? Deal, CommandOutcome? Refusal)> LoadOpenAsync(int number, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await LoadAsync(number, context, cancellationToken);
        if (deal is { IsOpen: false })
        {
            var status = context.Text["Status_" + deal.Status];
            return (null, CommandOutcome.Error(context.Text.Format("Error_DealClosed", number, status)));
        }

        return (deal, refusal);
    }

    /// <summary>Saves; a concurrent change by someone else comes back as a friendly "try again" (nothing is lost).</summary>
    public async Task<CommandOutcome?> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CommandContext context, CancellationToken cancellationToken)
    {
        if (await deals.SaveAsync(deal, timeline, cancellationToken) == SaveResult.Saved)
        {
            return null;
        }

        Log.ConcurrentUpdate(logger, deal.Number, context.Workspace.Key);
        return CommandOutcome.Error(context.Text.Format("Error_Conflict", deal.Number));
    }

    public async Task<(Member? Member, CommandOutcome? Refusal)> FindPersonAsync(PersonRef person, CommandContext context, CancellationToken cancellationToken)
    {
        var workspace = context.Workspace.Id;
        if (person.Kind == PersonRefKind.UserId)
        {
            var byId = await members.FindByExternalIdAsync(workspace, person.Value, cancellationToken);
            return byId is null ? (null, CommandOutcome.Error(context.Text.Format("Error_PersonNotFound", person.Value))) : (byId, null);
        }

        var found = await members.FindByNameAsync(workspace, person.Value.TrimStart('@'), cancellationToken);
        return found.Count switch
        {
            1 => (found[0], null),
            0 => (null, CommandOutcome.Error(context.Text.Format("Error_PersonNotFound", person.Value))),
            _ => (null, CommandOutcome.Error(context.Text.Format("Error_PersonAmbiguous", person.Value, string.Join(", ", found.Select(m => m.ExternalId))))),
        };
    }

    public Task<Member?> MemberAsync(MemberId id, CommandContext context, CancellationToken cancellationToken) =>
        members.GetAsync(context.Workspace.Id, id, cancellationToken);
}
