using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Time;

namespace FollowBot.Core.Commands.FollowUps;

/// <summary><c>snooze &lt;deal&gt; &lt;duration&gt; [reason]</c> (暂缓): pushes the current stage deadline back in business time.</summary>
public sealed record SnoozeDeal(int Deal, BusinessDuration Duration, string? Reason) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.snooze", "snooze", "暂缓", Bind, Role.Rep, "later", "延期");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } bad)
        {
            return bad;
        }

        var text = input.Get("duration") ?? (input.Positional.Count > 1 ? input.Positional[1].Value : null);
        if (Args.Duration(text, out var duration) is { } badDuration)
        {
            return badDuration;
        }

        var reason = input.Get("reason") ?? (input.Has("duration") ? null : input.RestAfter(2));
        return new SnoozeDeal(number, duration, string.IsNullOrWhiteSpace(reason) ? null : reason);
    }
}

public sealed class SnoozeDealHandler(DealAccess access) : ICommandHandler<SnoozeDeal>
{
    public async Task<CommandOutcome> HandleAsync(SnoozeDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        // Product §5: the stage owner or a manager (or an admin) may snooze; the deal's owner alone may not
        // push back a stage someone else is accountable for.
        if (deal.StageOwnerId != context.Actor.Id && context.Actor.Role == Role.Rep)
        {
            var owner = await access.MemberAsync(deal.StageOwnerId, context, cancellationToken);
            return CommandOutcome.Error(context.Text.Format("Error_SnoozeNotStageOwner", deal.Number, owner?.DisplayName ?? "?"));
        }

        // Snoozing pushes the deadline from where it stands, or from now when it has already passed.
        var from = deal.StageDueAt is { } due && due > context.Now ? due : context.Now;
        var newDue = context.Calendar.Add(from, command.Duration);
        var before = deal.StageDueAt;
        deal.Snooze(newDue, context.Now);
        var entry = context.Entry(deal, TimelineKind.Snoozed, command.Reason, new FieldChange("due", before?.ToString("O"), newDue.ToString("O")));
        return await access.SaveAsync(deal, [entry], context, cancellationToken)
            ?? CommandOutcome.Ok(context.Text.Format("Reply_Snoozed", deal.Number, deal.Company, context.Text.DateTime(newDue, context.ActorZone), deal.SnoozeCount));
    }
}
