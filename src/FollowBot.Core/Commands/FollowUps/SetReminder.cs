using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.FollowUps;

/// <summary>
/// <c>remind &lt;deal&gt; &lt;when&gt; [text]</c> (提醒): the next follow-up (回访, 回款, call back…). When is a date
/// (<c>tomorrow</c>, <c>周五</c>, <c>2026-12-01</c>) with an optional time, or a span from now (<c>2h</c>, <c>3天</c>).
/// </summary>
public sealed record SetReminder(int Deal, LocalMoment When, string? Text) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.remind", "remind", "提醒", Bind, Role.Rep, "followup", "跟进");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } bad)
        {
            return bad;
        }

        var fromCard = input.Get("when");
        string? whenText = fromCard, timeText = null;
        if (fromCard is not null)
        {
            var parts = fromCard.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            (whenText, timeText) = (parts[0], parts.ElementAtOrDefault(1));
        }
        else if (input.Positional.Count > 1)
        {
            whenText = input.Positional[1].Value;
            timeText = input.Positional.Count > 2 ? input.Positional[2].Value : null;
        }

        if (Args.When(whenText, timeText, context, out var when, out var usedTime) is { } badWhen)
        {
            return badWhen;
        }

        var text = input.Get("text") ?? input.Get("note") ?? (fromCard is null ? input.RestAfter(usedTime ? 3 : 2) : null);
        return new SetReminder(number, when!, string.IsNullOrWhiteSpace(text) ? null : text);
    }
}

public sealed class SetReminderHandler(DealAccess access) : ICommandHandler<SetReminder>
{
    public async Task<CommandOutcome> HandleAsync(SetReminder command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        var at = command.When.Resolve(context);
        if (at <= context.Now)
        {
            return CommandOutcome.Error(context.Text.Format("Error_WhenInPast", context.Text.DateTime(at, context.ActorZone)));
        }

        deal.SetReminder(at, command.Text, context.Now);
        var entry = context.Entry(deal, TimelineKind.ReminderSet, command.Text, new FieldChange("followUp", null, at.ToString("O")));
        return await access.SaveAsync(deal, [entry], context, cancellationToken)
            ?? CommandOutcome.Ok(context.Text.Format("Reply_ReminderSet", deal.Number, deal.Company, context.Text.DateTime(at, context.ActorZone),
                command.Text ?? context.Text["Reminder_NoText"]));
    }
}
