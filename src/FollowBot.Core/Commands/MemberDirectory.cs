using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;
using Microsoft.Extensions.Logging;

namespace FollowBot.Core.Commands;

/// <summary>
/// Finds or creates the workspace and the member behind an envelope (product §1: the first member becomes admin;
/// configured admins too) and keeps what the channel tells about them (name, time zone, locale) current.
/// </summary>
public sealed class MemberDirectory(IWorkspaceStore workspaces, IMemberStore members, WorkspaceSettings settings, ILogger<MemberDirectory> logger)
{
    public async Task<(Workspace Workspace, Member Member)> ResolveAsync(WorkspaceRef where, ActorRef who, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindByKeyAsync(where.Key, cancellationToken);
        if (workspace is null)
        {
            var d = settings.Defaults;
            workspace = await workspaces.AddAsync(
                new Workspace(where.Key, where.Name ?? where.Key, d.DefaultCurrency, settings.CalendarOptions.TimeZone, d.DefaultLocale, now),
                cancellationToken);
            Log.WorkspaceCreated(logger, where.Key);
        }

        var member = await members.FindByExternalIdAsync(workspace.Id, who.ExternalId, cancellationToken);
        if (member is null)
        {
            var first = !await members.AnyAsync(workspace.Id, cancellationToken);
            var role = first || settings.Defaults.Admins.Contains(who.ExternalId, StringComparer.OrdinalIgnoreCase) ? Role.Admin : Role.Rep;
            var zone = TimeZones.IsValid(who.TimeZone) ? who.TimeZone! : workspace.TimeZone;
            var created = new Member(workspace.Id, who.ExternalId, who.DisplayName ?? who.ExternalId, zone, role, now);
            created.Refresh(null, who.Email, null, who.Locale);
            member = await members.AddAsync(created, cancellationToken);
            Log.MemberCreated(logger, who.ExternalId, where.Key, member.Role.ToString());
        }
        else if (member.Refresh(who.DisplayName, who.Email, TimeZones.IsValid(who.TimeZone) ? who.TimeZone : null, who.Locale))
        {
            await members.SaveAsync(cancellationToken);
        }

        return (workspace, member);
    }

    /// <summary>Whose deals a member sees (product §8): null = all (admin); self and direct reports (manager); self (rep).</summary>
    public async Task<IReadOnlyCollection<MemberId>?> ScopeAsync(Member member, CancellationToken cancellationToken)
    {
        switch (member.Role)
        {
            case Role.Admin:
                return null;
            case Role.Manager:
                var reports = await members.ListReportsAsync(member.WorkspaceId, member.Id, cancellationToken);
                return reports.Select(r => r.Id).Append(member.Id).ToHashSet();
            default:
                return new HashSet<MemberId> { member.Id };
        }
    }
}
