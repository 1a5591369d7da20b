using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>won &lt;deal&gt; [note]</c> (赢单): closes the deal as won from any open stage.</summary>
public sealed record WinDeal(int Deal, string? Note) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.won", "won", "赢单", Bind, Role.Rep, "win", "成交");

    private static BindResult Bind(CommandInput input, BindContext context) =>
        Args.Deal(input, out var number) ?? new WinDeal(number, input.Get("note") ?? AdvanceDeal.NullIfEmpty(input.RestAfter(1)));
}

public sealed class WinDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<WinDeal>
{
    public async Task<CommandOutcome> HandleAsync(WinDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        var from = deal.Stage;
        deal.MoveTo(context.Pipeline.Get(Pipeline.Won), null, context.Now);
        var entry = context.Entry(deal, TimelineKind.Won, command.Note, new FieldChange("stage", from, Pipeline.Won));
        return await access.SaveAsync(deal, [entry], context, cancellationToken)
            ?? CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken),
                context.Text.Format("Reply_Won", deal.Number, deal.Company));
    }
}
