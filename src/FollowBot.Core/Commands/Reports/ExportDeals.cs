using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// <c>export [me|@person|team|all]</c> (导出): the deals in scope, open and closed, as a CSV file behind a signed,
/// short-lived link (UTF-8 with a byte order mark, so Excel opens Chinese correctly). Same scope rules as <c>pipeline</c>.
/// </summary>
public sealed record ExportDeals(PipelineScope Scope, PersonRef? Person) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.export", "export", "导出", Bind, Role.Rep, "csv", "下载");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var scope = PipelineScope.Default;
        PersonRef? person = null;
        foreach (var word in ReportArgs.Words(input))
        {
            if (!ReportArgs.TryScope(word, ref scope, ref person, out var error))
            {
                return BindResult.Fail("Error_BadExportArg", word);
            }

            if (error is not null)
            {
                return error;
            }
        }

        return new ExportDeals(scope, person);
    }
}

public sealed class ExportDealsHandler(ScopeOfCommand scopes, ReportLinks links) : ICommandHandler<ExportDeals>
{
    public async Task<CommandOutcome> HandleAsync(ExportDeals command, CommandContext context, CancellationToken cancellationToken)
    {
        var t = context.Text;
        var (scope, refusal) = await scopes.ResolveAsync(command.Scope, command.Person, context, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        // An export has no period; the link still carries one (the current month) to keep a single token layout.
        var period = PipelinePeriod.Resolve(null, context.Today, context.ActorZone)!;
        var expires = links.ExpiryFor(ReportLinkKind.Export);
        var link = new ReportLink(ReportLinkKind.Export, context.Workspace.Id, context.Actor.Id, scope.Kind, scope.Person, period, context.Now, t.Locale, expires);
        return links.Url(link, context.Channel) is { } url
            ? CommandOutcome.Ok(t.Format("Export_Ready", scope.Title, url, t.DateTime(expires, context.ActorZone)))
            : CommandOutcome.Error(t["Export_NoPublicUrl"]);
    }
}
