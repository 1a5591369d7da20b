namespace FollowBot.Teams.Auth;

/// <summary>Development without an app id: local tools' connectors take calls without a token (teams-protocol.md §2.4).</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
