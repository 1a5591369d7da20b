namespace FollowBot.Teams.Auth;

/// <summary>
/// The bearer token FollowBot presents to the Connector. A seam because MSAL only talks to https authorities:
/// production uses <see cref="MsalBotTokenProvider"/>, Development without an app id sends none (the Emulator and
/// the Agents Playground accept unauthenticated calls), tests plug in their own.
/// </summary>
public interface IBotTokenProvider
{
    /// <summary>The token, or null to send no Authorization header.</summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
