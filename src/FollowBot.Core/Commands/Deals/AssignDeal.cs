using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>assign &lt;deal&gt; &lt;person&gt; [stage=&lt;stage&gt;]</c> (分配): the owner, or the owner of the current stage.</summary>
public sealed record AssignDeal(int Deal, PersonRef Person, string? Stage) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.assign", "assign", "分配", Bind, Role.Manager, "reassign", "转交");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } bad)
        {
            return bad;
        }

        var who = input.GetOrPositional("person", 1) ?? input.Get("owner");
        if (who is null)
        {
            return BindResult.Fail("Error_MissingPerson");
        }

        return Args.Person(who, out var person) ?? new AssignDeal(number, person!.Value, input.Get("stage"));
    }
}

public sealed class AssignDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<AssignDeal>
{
    public async Task<CommandOutcome> HandleAsync(AssignDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        var (member, notFound) = await access.FindPersonAsync(command.Person, context, cancellationToken);
        if (member is null)
        {
            return notFound!;
        }

        if (!(context.Scope?.Contains(member.Id) ?? true))
        {
            return CommandOutcome.Error(context.Text.Format("Error_CannotAssignTo", member.DisplayName));
        }

        FieldChange? change;
        if (command.Stage is { } stageText)
        {
            var stage = context.Pipeline.Find(stageText);
            if (stage is null || stage.Key != deal.Stage)
            {
                // Only the current stage has an owner to nudge; later stages start with the deal owner.
                return CommandOutcome.Error(context.Text.Format("Error_StageOwnerOnlyCurrent", stageText, deal.Stage));
            }

            change = deal.SetStageOwner(member.Id, context.Now);
        }
        else
        {
            change = deal.SetOwner(member.Id, context.Now);
        }

        if (change is null)
        {
            return CommandOutcome.Ok(context.Text.Format("Reply_NothingChanged", deal.Number));
        }

        var entry = context.Entry(deal, TimelineKind.Assigned, member.DisplayName, change);
        return await access.SaveAsync(deal, [entry], context, cancellationToken)
            ?? CommandOutcome.Card(Cards.CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken),
                context.Text.Format(command.Stage is null ? "Reply_Assigned" : "Reply_StageAssigned", deal.Number, deal.Company, member.DisplayName));
    }
}
