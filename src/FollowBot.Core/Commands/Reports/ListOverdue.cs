using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// <c>overdue [stage] [me|@person|team|all]</c> (逾期): overdue deals in my scope — a rep's own, a manager's team, an
/// admin's workspace — or in the scope and stage asked for (the pipeline card's drill-down into a stage).
/// </summary>
public sealed record ListOverdue(string? Stage = null, PipelineScope Scope = PipelineScope.Default, PersonRef? Person = null) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.overdue", "overdue", "逾期", Bind, Role.Rep, "late", "超期");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var scope = PipelineScope.Default;
        PersonRef? person = null;
        var stage = input.Get("stage");
        foreach (var word in ReportArgs.Words(input))
        {
            if (ReportArgs.TryScope(word, ref scope, ref person, out var error))
            {
                if (error is not null)
                {
                    return error;
                }
            }
            else
            {
                stage = stage is null ? word : stage + " " + word;
            }
        }

        return new ListOverdue(stage, scope, person);
    }
}

public sealed class ListOverdueHandler(IDealStore deals, DealPresenter presenter, ScopeOfCommand scopes) : ICommandHandler<ListOverdue>
{
    public async Task<CommandOutcome> HandleAsync(ListOverdue command, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        StageDefinition? stage = null;
        if (command.Stage is { } wanted && (stage = context.Pipeline.Find(wanted)) is null)
        {
            return CommandOutcome.Error(t.Format("Error_UnknownStage", wanted, string.Join(", ", context.Pipeline.OpenStages.Select(s => s.Name(t.Locale)))));
        }

        var heldBy = context.Scope;
        if (command.Scope != PipelineScope.Default)
        {
            var (scope, refusal) = await scopes.ResolveAsync(command.Scope, command.Person, context, cancellationToken);
            if (scope is null)
            {
                return refusal!;
            }

            heldBy = scope.HeldBy;
        }

        var query = new DealQuery(context.Workspace.Id) { HeldBy = heldBy, DueBefore = context.Now, Stage = stage?.Key, Limit = DealPresenter.ListLimit };
        var found = await deals.QueryAsync(query, cancellationToken);
        var title = stage is null ? t["List_Overdue"] : t.Format("List_OverdueInStage", stage.Name(t.Locale));
        var view = await presenter.ListAsync(title, t["List_OverdueEmpty"], found, context, cancellationToken);
        return CommandOutcome.Card(CardId.DealList, view, t.Format("Reply_Overdue", found.Count));
    }
}
