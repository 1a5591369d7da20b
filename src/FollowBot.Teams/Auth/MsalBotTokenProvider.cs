using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace FollowBot.Teams.Auth;

/// <summary>
/// Client-credentials tokens for the Connector (teams-protocol.md §3.1): one long-lived confidential client, so MSAL's
/// in-memory app-token cache serves every call and refreshes near expiry (never a token per request); the token in
/// hand is held (<see cref="HeldToken"/>) until five minutes before it expires, MSAL's own margin, without asking MSAL.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    /// <summary>How long before expiry a token is renewed: a token must not expire between here and the Connector.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;
    private readonly HeldToken _held;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, TimeProvider time, IMsalHttpClientFactory? httpClients = null)
    {
        _held = new HeldToken(time, RenewBefore);
        var o = options.Value;
        var builder = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithClientSecret(o.MicrosoftAppPassword)
            .WithAuthority(o.LoginUrl, validateAuthority: !IsLocal(o.LoginUrl))
            .WithCacheOptions(CacheOptions.EnableSharedCacheOptions);
        if (IsLocal(o.LoginUrl))
        {
            // Only a test's token endpoint is local; there is no Microsoft instance discovery to ask.
            builder = builder.WithInstanceDiscovery(false);
        }

        if (httpClients is not null)
        {
            builder = builder.WithHttpClientFactory(httpClients);
        }

        _app = builder.Build();
        _scopes = [o.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default"];
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        await _held.GetAsync(forceRefresh, async (force, ct) =>
        {
            var result = await _app.AcquireTokenForClient(_scopes).WithForceRefresh(force).ExecuteAsync(ct);
            return (result.AccessToken, result.ExpiresOn);
        }, cancellationToken);

    private static bool IsLocal(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
