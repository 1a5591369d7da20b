using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Commands.Reports;

public sealed class ShowPipelineHandler(ScopeOfCommand scopes, PipelineReporter reporter, ReportLinks links) : ICommandHandler<ShowPipeline>
{
    public async Task<CommandOutcome> HandleAsync(ShowPipeline command, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        var (scope, refusal) = await scopes.ResolveAsync(command.Scope, command.Person, context, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var period = PipelinePeriod.Resolve(command.Period, context.Today, context.ActorZone);
        if (period is null)
        {
            return CommandOutcome.Error(t.Format("Error_BadPipelineArg", command.Period));
        }

        if (period.From > context.Now)
        {
            return CommandOutcome.Error(t.Format("Error_PipelineFuturePeriod", PipelineSummaryPresenter.PeriodName(period, t)));
        }

        var asOf = period.AsOf(context.Now);
        var summary = await reporter.SummarizeAsync(context.Workspace, scope, period, asOf, live: asOf == context.Now, context.Pipeline, cancellationToken);
        var chart = new ReportLink(ReportLinkKind.Chart, context.Workspace.Id, context.Actor.Id, scope.Kind, scope.Person, period, asOf, t.Locale, links.ExpiryFor(ReportLinkKind.Chart));
        var view = PipelineSummaryPresenter.View(summary, t, context.ActorZone, links.Url(chart, context.Channel));
        return CommandOutcome.Card(CardId.PipelineSummary, view, PipelineSummaryPresenter.Line(summary, t, context.ActorZone));
    }
}
