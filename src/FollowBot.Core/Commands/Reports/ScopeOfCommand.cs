using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// What `pipeline`, `overdue` and `export` share: the person a command names (if any) looked up in the workspace,
/// then the report scope the actor may have (product §8), or the refusal to answer with.
/// </summary>
public sealed class ScopeOfCommand(DealAccess access, ReportScopes scopes)
{
    public async Task<(ReportScope? Scope, CommandOutcome? Refusal)> ResolveAsync(
        PipelineScope kind, PersonRef? named, CommandContext context, CancellationToken cancellationToken)
    {
        Domain.Member? person = null;
        if (named is { } wanted)
        {
            (person, var notFound) = await access.FindPersonAsync(wanted, context, cancellationToken);
            if (person is null)
            {
                return (null, notFound);
            }
        }

        var (scope, refusal) = await scopes.ResolveAsync(kind, person, context.Actor, context.Workspace, context.Text, cancellationToken);
        return scope is null ? (null, CommandOutcome.Error(refusal!)) : (scope, null);
    }
}
