using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;

namespace FollowBot.Core.Reports;

/// <summary>
/// Product §7/§8 for reports: reps may ask for their own, managers for their team (or one of its members), admins
/// for anything. Used when a command asks and again when a signed link is opened, so a role taken away since
/// closes the link too.
/// </summary>
public sealed class ReportScopes(IMemberStore members)
{
    /// <summary>The scope, or the refusal to show the asker (in their language).</summary>
    public async Task<(ReportScope? Scope, string? Refusal)> ResolveAsync(
        PipelineScope kind, Member? person, Member actor, Workspace workspace, Texts text, CancellationToken cancellationToken)
    {
        if (kind == PipelineScope.Default)
        {
            kind = actor.Role switch
            {
                Role.Admin => PipelineScope.All,
                Role.Manager => PipelineScope.Team,
                _ => PipelineScope.Me,
            };
        }

        switch (kind)
        {
            case PipelineScope.Person when person is not null && person.Id != actor.Id:
                if (!await MaySeeAsync(actor, person, cancellationToken))
                {
                    return (null, text.Format("Error_PipelineNotInScope", person.DisplayName));
                }

                return (Personal(PipelineScope.Person, person), null);
            case PipelineScope.Me or PipelineScope.Person:
                return (Personal(PipelineScope.Me, actor), null);
            case PipelineScope.Team when actor.Role == Role.Rep:
            case PipelineScope.All when actor.Role != Role.Admin:
                return (null, text["Error_PipelineScopeRole"]);
            case PipelineScope.Team:
                var reports = await members.ListReportsAsync(actor.WorkspaceId, actor.Id, cancellationToken);
                return (new ReportScope(PipelineScope.Team, reports.Select(r => r.Id).Append(actor.Id).ToHashSet(), text["Pipeline_Team"], "team"), null);
            default:
                return (new ReportScope(PipelineScope.All, null, workspace.Name, "all"), null);
        }
    }

    private static ReportScope Personal(PipelineScope kind, Member member) =>
        new(kind, new HashSet<MemberId> { member.Id }, member.DisplayName, kind == PipelineScope.Me ? "me" : "@" + member.ExternalId) { Person = member.Id };

    private async Task<bool> MaySeeAsync(Member actor, Member person, CancellationToken cancellationToken) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => person.ManagerId == actor.Id
            || (await members.ListReportsAsync(actor.WorkspaceId, actor.Id, cancellationToken)).Any(r => r.Id == person.Id),
        _ => false,
    };
}
