using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace FollowBot.Teams.Auth;

/// <summary>
/// Client-credentials tokens for the Connector (teams-protocol.md §3.1): one long-lived confidential client, so MSAL's
/// in-memory app-token cache serves every call and refreshes near expiry (never a token per request). The token in
/// hand is reused until <see cref="RenewBefore"/> its expiry (MSAL's own margin) without asking MSAL: in issue 9's
/// Teams profile the lookup in MSAL's cache took more samples than the connector call the token was for (6% to 4.5%).
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    /// <summary>How long before expiry a token is renewed: a token must not expire between here and the Connector.</summary>
    internal TimeSpan RenewBefore { get; init; } = TimeSpan.FromMinutes(5);

    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;
    private readonly TimeProvider _time;
    private volatile Held? _current; // one reference, swapped whole: callers on other threads never see half of one

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, TimeProvider time, IMsalHttpClientFactory? httpClients = null)
    {
        _time = time;
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
        if (!forceRefresh && _current is { } current && _time.GetUtcNow() < current.ExpiresOn - RenewBefore)
        {
            return current.Token;
        }

        var result = await _app.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
        _current = new Held(result.AccessToken, result.ExpiresOn);
        return result.AccessToken;
    }

    private sealed record Held(string Token, DateTimeOffset ExpiresOn);

    private static bool IsLocal(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
