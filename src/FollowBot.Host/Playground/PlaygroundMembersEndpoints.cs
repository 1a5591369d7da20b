using System.Text.Json.Serialization;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Playground;

/// <summary>The member switcher: who is in the Playground (role, manager, language), and enrolling someone new.</summary>
internal static class PlaygroundMembersEndpoints
{
    public static async Task<IResult> ListAsync(IWorkspaceStore workspaces, IMemberStore members, IOptions<PlaygroundOptions> options, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindByKeyAsync(options.Value.Workspace, cancellationToken);
        if (workspace is null)
        {
            return Results.Ok(Array.Empty<PlaygroundMember>());
        }

        var all = await members.ListAsync(workspace.Id, cancellationToken);
        var names = all.ToDictionary(m => m.Id, m => m.ExternalId);
        return Results.Ok(all.OrderBy(m => m.CreatedAt).Select(m => new PlaygroundMember(
            m.ExternalId, m.DisplayName, m.Role.ToString().ToLowerInvariant(),
            m.ManagerId is { } id ? names.GetValueOrDefault(id) : null, m.LocaleOr(workspace.Locale))).ToList());
    }

    public static async Task<IResult> AddAsync(NewMember body, MemberDirectory directory, TimeProvider time, IOptions<PlaygroundOptions> options, CancellationToken cancellationToken)
    {
        var user = body.User?.Trim();
        if (string.IsNullOrEmpty(user) || user.Length > 64 || user.Any(char.IsWhiteSpace) || user.StartsWith('@'))
        {
            return Results.BadRequest(new PlaygroundProblem("'user' is a name of 1 to 64 characters without spaces, e.g. \"dave\"."));
        }

        var (_, member) = await directory.ResolveAsync(new WorkspaceRef(options.Value.Workspace, "Playground"), new ActorRef(user, user, Locale: body.Lang), time.GetUtcNow(), cancellationToken);
        return Results.Ok(new PlaygroundMember(member.ExternalId, member.DisplayName, member.Role.ToString().ToLowerInvariant(), null, member.ChosenLocale ?? member.ChannelLocale));
    }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NewMember(string? User, string? Lang);

public sealed record PlaygroundMember(string User, string Name, string Role, string? Manager, string? Lang);
