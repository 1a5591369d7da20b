using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>advance &lt;deal&gt; [note]</c> (推进): to the next stage; from the last open stage that is won.</summary>
public sealed record AdvanceDeal(int Deal, string? Note) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.advance", "advance", "推进", Bind, Role.Rep, "next", "done", "下一步");

    private static BindResult Bind(CommandInput input, BindContext context) =>
        Args.Deal(input, out var number) ?? new AdvanceDeal(number, input.Get("note") ?? NullIfEmpty(input.RestAfter(1)));

    internal static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

public sealed class AdvanceDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<AdvanceDeal>
{
    public async Task<CommandOutcome> HandleAsync(AdvanceDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        var from = context.Pipeline.Get(deal.Stage);
        var to = context.Pipeline.Next(deal.Stage) ?? context.Pipeline.Get(Pipeline.Won);
        deal.MoveTo(to, context.DueFor(to, deal.Grade, context.Now), context.Now);
        var kind = to.Key == Pipeline.Won ? TimelineKind.Won : TimelineKind.StageMoved;
        var timeline = new List<TimelineEntry>
        {
            context.Entry(deal, kind, command.Note, new FieldChange("stage", from.Key, to.Key)),
        };
        if (await access.SaveAsync(deal, timeline, context, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var text = to.IsTerminal
            ? context.Text.Format("Reply_Won", deal.Number, deal.Company)
            : context.Text.Format("Reply_Advanced", deal.Number, deal.Company, from.Name(context.Text.Locale), to.Name(context.Text.Locale),
                deal.StageDueAt is { } d ? context.Text.DateTime(d, context.ActorZone) : context.Text["Due_None"]);
        return CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken), text);
    }
}
