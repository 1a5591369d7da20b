using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// Bot Framework's token service as FollowBot sees it: OpenID metadata and a JWKS with <c>endorsements</c> on
/// 127.0.0.1, and tokens minted here with RSA keys made for the test. Keys: <see cref="Teams"/> (endorsed for
/// msteams), <see cref="WebchatOnly"/>, <see cref="Unendorsed"/> (published, no endorsements), <see cref="Rogue"/>
/// (never published) and <see cref="Rotated"/> (published only after <see cref="Rotate"/>).
/// </summary>
public sealed class FakeBotFrameworkLogin : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "7f0c7a94-1f4b-4c8e-9a8e-2a1a4c6c0b01";

    private readonly WebApplication _app;
    private bool _rotated;

    private FakeBotFrameworkLogin(WebApplication app) => _app = app;

    public RsaSecurityKey Teams { get; } = NewKey("teams-key");
    public RsaSecurityKey WebchatOnly { get; } = NewKey("webchat-key");
    public RsaSecurityKey Unendorsed { get; } = NewKey("bare-key");
    public RsaSecurityKey Rogue { get; } = NewKey("rogue-key");
    public RsaSecurityKey Rotated { get; } = NewKey("rotated-key");

    public string MetadataUrl { get; private set; } = "";

    public int MetadataFetches;
    public int KeyFetches;

    public static async Task<FakeBotFrameworkLogin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var login = new FakeBotFrameworkLogin(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
        {
            Interlocked.Increment(ref login.MetadataFetches);
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new { issuer = Issuer, jwks_uri = origin + "/v1/.well-known/keys", id_token_signing_alg_values_supported = new[] { "RS256" } });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref login.KeyFetches);
            return Results.Text(login.Jwks().ToJsonString(), "application/json");
        });
        await app.StartAsync();
        login.MetadataUrl = app.Urls.Single() + "/v1/.well-known/openidconfiguration";
        return login;
    }

    /// <summary>Microsoft rotates keys: from now on the JWKS also holds <see cref="Rotated"/>.</summary>
    public void Rotate() => _rotated = true;

    /// <summary>A channel token as Azure Bot Service sends it, valid from <paramref name="now"/> for an hour unless changed.</summary>
    public string Mint(DateTimeOffset now, string? serviceUrl, RsaSecurityKey? key = null, string audience = AppId, string issuer = Issuer,
        DateTimeOffset? notBefore = null, DateTimeOffset? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now).UtcDateTime,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Subject = new ClaimsIdentity(),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? Teams, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same claims as a good token, but <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(DateTimeOffset now, string serviceUrl)
    {
        static string Part(JsonObject o) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(o.ToJsonString()));
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = "teams-key" };
        var payload = new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = AppId, ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return Part(header) + "." + Part(payload) + ".";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private JsonObject Jwks()
    {
        var keys = new JsonArray
        {
            Jwk(Teams, "msteams", "webchat", "directline"),
            Jwk(WebchatOnly, "webchat"),
            Jwk(Unendorsed),
        };
        if (_rotated)
        {
            keys.Add(Jwk(Rotated, "msteams"));
        }

        return new JsonObject { ["keys"] = keys };
    }

    private static JsonObject Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var p = key.Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    private static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };
}
