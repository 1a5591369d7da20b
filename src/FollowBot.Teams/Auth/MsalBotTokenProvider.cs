using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace FollowBot.Teams.Auth;

/// <summary>
/// Client-credentials tokens for the Connector (teams-protocol.md §3.1): one long-lived confidential client, so MSAL's
/// in-memory app-token cache serves every call and refreshes near expiry (never a token per request).
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, IMsalHttpClientFactory? httpClients = null)
    {
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

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static bool IsLocal(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
