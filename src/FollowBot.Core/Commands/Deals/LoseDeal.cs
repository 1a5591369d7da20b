using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>lost &lt;deal&gt; &lt;reason&gt;</c> (输单): closes the deal as lost; the reason is required so reviews can learn from it.</summary>
public sealed record LoseDeal(int Deal, string Reason) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.lost", "lost", "输单", Bind, Role.Rep, "lose", "丢单");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } bad)
        {
            return bad;
        }

        var reason = input.Get("reason") ?? input.Get("note") ?? input.RestAfter(1);
        return string.IsNullOrWhiteSpace(reason) ? BindResult.Fail("Error_MissingLostReason") : new LoseDeal(number, reason.Trim());
    }
}

public sealed class LoseDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<LoseDeal>
{
    public async Task<CommandOutcome> HandleAsync(LoseDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        var from = deal.Stage;
        deal.MoveTo(context.Pipeline.Get(Pipeline.Lost), null, context.Now);
        var entry = context.Entry(deal, TimelineKind.Lost, command.Reason, new FieldChange("stage", from, Pipeline.Lost));
        return await access.SaveAsync(deal, [entry], context, cancellationToken)
            ?? CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken),
                context.Text.Format("Reply_Lost", deal.Number, deal.Company, command.Reason));
    }
}
