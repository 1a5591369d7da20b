using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Reports;

/// <summary><c>overdue</c> (逾期): overdue deals in my scope — a rep's own, a manager's team, an admin's workspace.</summary>
public sealed record ListOverdue : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.overdue", "overdue", "逾期", Bind, Role.Rep, "late", "超期");

    private static BindResult Bind(CommandInput input, BindContext context) => new ListOverdue();
}

public sealed class ListOverdueHandler(IDealStore deals, DealPresenter presenter) : ICommandHandler<ListOverdue>
{
    public async Task<CommandOutcome> HandleAsync(ListOverdue command, CommandContext context, CancellationToken cancellationToken)
    {
        var query = new DealQuery(context.Workspace.Id) { HeldBy = context.Scope, DueBefore = context.Now, Limit = DealPresenter.ListLimit };
        var found = await deals.QueryAsync(query, cancellationToken);
        var view = await presenter.ListAsync(context.Text["List_Overdue"], context.Text["List_OverdueEmpty"], found, context, cancellationToken);
        return CommandOutcome.Card(CardId.DealList, view, context.Text.Format("Reply_Overdue", found.Count));
    }
}
