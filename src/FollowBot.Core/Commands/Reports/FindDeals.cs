using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Reports;

/// <summary><c>find &lt;text&gt;</c> (搜索): deals in my scope whose company or contact contains the text, open or closed.</summary>
public sealed record FindDeals(string Text) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.find", "find", "搜索", Bind, Role.Rep, "search", "查找");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var text = input.Get("text") ?? input.RestAfter(0);
        return string.IsNullOrWhiteSpace(text) ? BindResult.Fail("Error_MissingSearchText") : new FindDeals(text.Trim().Trim('"', '“', '”'));
    }
}

public sealed class FindDealsHandler(IDealStore deals, DealPresenter presenter) : ICommandHandler<FindDeals>
{
    public async Task<CommandOutcome> HandleAsync(FindDeals command, CommandContext context, CancellationToken cancellationToken)
    {
        var query = new DealQuery(context.Workspace.Id) { HeldBy = context.Scope, Text = command.Text, OpenOnly = false, Limit = DealPresenter.ListLimit };
        var found = await deals.QueryAsync(query, cancellationToken);
        var title = context.Text.Format("List_Found", command.Text);
        var view = await presenter.ListAsync(title, context.Text.Format("List_FoundEmpty", command.Text), found, context, cancellationToken);
        return CommandOutcome.Card(CardId.DealList, view, context.Text.Format("Reply_Found", found.Count, command.Text));
    }
}
