using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Reports;

/// <summary><c>mine</c> (我的): my open deals (owned, or whose current stage I own), soonest deadline first.</summary>
public sealed record ListMine : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.mine", "mine", "我的", Bind, Role.Rep, "my", "list", "我的单");

    private static BindResult Bind(CommandInput input, BindContext context) => new ListMine();
}

public sealed class ListMineHandler(IDealStore deals, DealPresenter presenter) : ICommandHandler<ListMine>
{
    public async Task<CommandOutcome> HandleAsync(ListMine command, CommandContext context, CancellationToken cancellationToken)
    {
        var query = new DealQuery(context.Workspace.Id) { HeldBy = [context.Actor.Id], Limit = DealPresenter.ListLimit };
        var found = await deals.QueryAsync(query, cancellationToken);
        var view = await presenter.ListAsync(context.Text["List_Mine"], context.Text["List_MineEmpty"], found, context, cancellationToken);
        return CommandOutcome.Card(CardId.DealList, view, context.Text.Format("Reply_Mine", found.Count));
    }
}
