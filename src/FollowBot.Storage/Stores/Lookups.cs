using FollowBot.Core.Domain;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

/// <summary>
/// The lookups every command makes before it does anything (workspace, member, the workspace's SLA settings),
/// compiled once per model, as <see cref="OneMembersPage"/> is.
/// </summary>
internal static class Lookups
{
    public static readonly PerModel<Func<FollowBotDbContext, string, CancellationToken, Task<Workspace?>>> WorkspaceByKey = new(() =>
        EF.CompileAsyncQuery((FollowBotDbContext db, string key, CancellationToken _) =>
            db.Workspaces.FirstOrDefault(w => w.Key == key)));

    public static readonly PerModel<Func<FollowBotDbContext, WorkspaceId, string, CancellationToken, Task<Member?>>> MemberByExternalId = new(() =>
        EF.CompileAsyncQuery((FollowBotDbContext db, WorkspaceId workspace, string externalId, CancellationToken _) =>
            db.Members.FirstOrDefault(m => m.WorkspaceId == workspace && m.ExternalId == externalId)));

    public static readonly PerModel<Func<FollowBotDbContext, WorkspaceId, IAsyncEnumerable<SlaSettingRow>>> SlaRows = new(() =>
        EF.CompileAsyncQuery((FollowBotDbContext db, WorkspaceId workspace) =>
            db.SlaSettings.AsNoTracking().Where(s => s.WorkspaceId == workspace).OrderBy(s => s.Stage).ThenBy(s => s.GradeKey).AsQueryable()));
}
