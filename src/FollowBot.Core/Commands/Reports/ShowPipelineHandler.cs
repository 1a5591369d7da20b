using System.Text;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Reports;

public sealed class ShowPipelineHandler(IDealStore deals, DealAccess access, MemberDirectory directory) : ICommandHandler<ShowPipeline>
{
    // Enough for a chat answer; the pipeline-summary issue moves the aggregation into grouped database queries.
    private const int MaxDeals = 5000;

    public async Task<CommandOutcome> HandleAsync(ShowPipeline command, CommandContext context, CancellationToken cancellationToken)
    {
        var actor = context.Actor;
        IReadOnlyCollection<MemberId>? heldBy;
        string title;
        switch (command.Scope)
        {
            case PipelineScope.Person:
                var (member, refusal) = await access.FindPersonAsync(command.Person!.Value, context, cancellationToken);
                if (member is null)
                {
                    return refusal!;
                }

                if (!(context.Scope?.Contains(member.Id) ?? true))
                {
                    return CommandOutcome.Error(context.Text.Format("Error_PipelineNotInScope", member.DisplayName));
                }

                (heldBy, title) = ([member.Id], member.DisplayName);
                break;
            case PipelineScope.Team when actor.Role == Role.Rep:
            case PipelineScope.All when actor.Role != Role.Admin:
                return CommandOutcome.Error(context.Text["Error_PipelineScopeRole"]);
            case PipelineScope.Me:
                (heldBy, title) = ([actor.Id], actor.DisplayName);
                break;
            case PipelineScope.Team:
                (heldBy, title) = (await directory.ScopeAsync(actor, cancellationToken) ?? [actor.Id], context.Text["Pipeline_Team"]);
                break;
            case PipelineScope.All:
                (heldBy, title) = (null, context.Workspace.Name);
                break;
            default:
                (heldBy, title) = (context.Scope, actor.Role switch
                {
                    Role.Admin => context.Workspace.Name,
                    Role.Manager => context.Text["Pipeline_Team"],
                    _ => actor.DisplayName,
                });
                break;
        }

        var open = await deals.QueryAsync(new DealQuery(context.Workspace.Id) { HeldBy = heldBy, Limit = MaxDeals }, cancellationToken);
        return CommandOutcome.Ok(Render(title, open, context));
    }

    private static string Render(string title, IReadOnlyList<Deal> open, CommandContext context)
    {
        var t = context.Text;
        var text = new StringBuilder(t.Format("Pipeline_Title", title, open.Count));
        foreach (var stage in context.Pipeline.OpenStages)
        {
            var inStage = open.Where(d => d.Stage == stage.Key).ToList();
            var overdue = inStage.Count(d => d.IsOverdue(context.Now));
            var totals = inStage.Where(d => d.Value is not null).GroupBy(d => d.Currency)
                .Select(g => t.Money(new Money(g.Sum(d => d.Amount!.Value), g.Key)));
            text.Append('\n').Append(t.Format("Pipeline_Stage", stage.Name(t.Locale), inStage.Count, overdue, string.Join(" + ", totals.DefaultIfEmpty("—"))));
        }

        return text.ToString();
    }
}
