using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>show &lt;deal&gt;</c> (查看): the deal card with its timeline and action buttons.</summary>
public sealed record ShowDeal(int Deal) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.show", "show", "查看", Bind, Role.Rep, "open", "view", "详情");

    private static BindResult Bind(CommandInput input, BindContext context) =>
        Args.Deal(input, out var number) ?? new ShowDeal(number);
}

public sealed class ShowDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<ShowDeal>
{
    public async Task<CommandOutcome> HandleAsync(ShowDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadAsync(command.Deal, context, cancellationToken);
        return deal is null
            ? refusal!
            : CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken), presenter.Summary(deal, context));
    }
}
