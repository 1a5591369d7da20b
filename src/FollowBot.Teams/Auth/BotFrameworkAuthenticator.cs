using System.Text.Json;
using FollowBot.Teams.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FollowBot.Teams.Auth;

/// <summary>
/// Inbound authentication exactly as teams-protocol.md §2.2 (botbuilder's ChannelValidation): a bearer JWT issued by
/// <c>ToBotFromChannelTokenIssuer</c> for our app id, signed RS256/384/512 by a key from the channel's JWKS,
/// 5 minutes of clock skew; then, with the body in hand, the key must be endorsed for the activity's
/// <c>channelId</c> and the <c>serviceurl</c> claim must equal the activity's <c>serviceUrl</c>.
/// </summary>
internal sealed class BotFrameworkAuthenticator(
    IOptions<TeamsOptions> options,
    IHostEnvironment environment,
    OpenIdKeyCache keys,
    TimeProvider time,
    ILogger<BotFrameworkAuthenticator> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.HasAppId)
        {
            // botbuilder's "auth disabled" mode, but only where a developer runs it (teams-protocol.md §2.4).
            if (environment.IsDevelopment())
            {
                return string.IsNullOrEmpty(authorization)
                    ? AuthResult.AnonymousCaller
                    : AuthResult.Refused("a token was sent but Teams:MicrosoftAppId is not configured, so it cannot be validated");
            }

            return AuthResult.Refused("Teams:MicrosoftAppId is not configured; outside Development every request is refused");
        }

        if (string.IsNullOrWhiteSpace(authorization))
        {
            return AuthResult.Refused("no Authorization header");
        }

        var parts = authorization.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Refused("the Authorization header is not 'Bearer <token>'");
        }

        var token = parts[1];
        if (!_handler.CanReadToken(token))
        {
            return AuthResult.Refused("the bearer token is not a JWT");
        }

        SigningKeys signing;
        try
        {
            signing = await keys.GetAsync(_handler.ReadJsonWebToken(token).Kid, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or JsonException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.SigningKeysUnavailable(logger, ex);
            return AuthResult.Refused("the channel's signing keys could not be fetched");
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = o.ToBotFromChannelTokenIssuer,
            ValidAudience = o.MicrosoftAppId,
            IssuerSigningKeys = signing.Keys,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            // Lifetime on TimeProvider time (house rule 5): nbf/exp with 5 minutes of skew; no exp, no entry.
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
            },
        });
        if (!result.IsValid)
        {
            return AuthResult.Refused(result.Exception?.GetType().Name ?? "invalid token");
        }

        var kid = ((JsonWebToken)result.SecurityToken).Kid;
        var endorsements = kid is not null && signing.Endorsements.TryGetValue(kid, out var e) ? e : null;
        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        return new AuthResult(true, false, endorsements, serviceUrl, null);
    }

    /// <summary>The checks that need the body; null when the activity may be processed, else why not.</summary>
    public static string? CheckActivity(AuthResult auth, Activity activity)
    {
        if (auth.Anonymous)
        {
            // Nothing vouches for an anonymous serviceUrl: only a local tool's connector may be called back.
            return IsLoopback(activity.ServiceUrl) ? null : "an anonymous request may only name a loopback serviceUrl";
        }

        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            if (auth.Endorsements is null)
            {
                return "the signing key has no endorsements";
            }

            if (!auth.Endorsements.Contains(activity.ChannelId))
            {
                return $"the signing key is not endorsed for channel '{activity.ChannelId}'";
            }
        }

        if (string.IsNullOrEmpty(auth.ServiceUrlClaim))
        {
            return "the token has no serviceurl claim";
        }

        return string.Equals(auth.ServiceUrlClaim.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : "the token's serviceurl claim does not match the activity's serviceUrl";
    }

    public static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.IsLoopback;
}
