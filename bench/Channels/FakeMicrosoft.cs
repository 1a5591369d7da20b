using FollowBot.Testing;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FollowBot.Bench.Channels;

/// <summary>
/// Everything the targets talk to besides the load: Bot Framework's OpenID metadata and keys, an Entra token endpoint
/// (https, with the shared localhost certificate, trusted by FollowBot through SSL_CERT_FILE), Slack's Web API, and the
/// Teams connector the replies go to, which counts them and times each against the send time in the activity id.
/// </summary>
internal sealed class FakeMicrosoft : IAsyncDisposable
{
    public const string AppId = "5b0d2f3a-1111-4c8e-9a8e-bench0000001";
    public const string Tenant = "00000000-0000-0000-0000-00000000be0c";
    private const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "bench-key" };

    private FakeMicrosoft(WebApplication app) => _app = app;

    public Replies Replies { get; } = new();

    public string HttpOrigin { get; private set; } = "";

    public string HttpsOrigin { get; private set; } = "";

    public string CertificateFile { get; private set; } = "";

    public static async Task<FakeMicrosoft> StartAsync(string workDir)
    {
        var certificate = LocalhostCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate));
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeMicrosoft(app);
        fake.Map(app);
        await app.StartAsync();
        fake.HttpOrigin = app.Urls.First(u => u.StartsWith("http:", StringComparison.Ordinal));
        fake.HttpsOrigin = app.Urls.First(u => u.StartsWith("https:", StringComparison.Ordinal)).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        fake.CertificateFile = Path.Combine(workDir, "fake-microsoft.pem");
        await File.WriteAllTextAsync(fake.CertificateFile, certificate.ExportCertificatePem());
        return fake;
    }

    /// <summary>A channel token as Azure Bot Service sends it, for this run (an hour; real tokens are reused the same way).</summary>
    public string MintChannelToken(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = AppId,
        Expires = DateTime.UtcNow.AddHours(1),
        Subject = new ClaimsIdentity(),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"http://{c.Request.Host}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var p = _key.Rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["kid"] = _key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray("msteams"),
            };
            return Results.Text(new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString(), "application/json");
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", () => Results.Json(new
        {
            token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = "bench-bot-token",
        }));

        // Slack's Web API, as much as FollowBot asks of it for a slash command (the member's zone and language).
        app.MapPost("/api/users.info", () => Results.Json(new
        {
            ok = true,
            user = new { id = Seed.SlackUser, team_id = Seed.SlackTeam, name = "bench", tz = "Asia/Shanghai", locale = "en-US", is_bot = false },
        }));
        app.MapPost("/api/auth.test", () => Results.Json(new { ok = true, team_id = Seed.SlackTeam, team = "Bench", user_id = "U0BENCHBOT", bot_id = "B0BENCH" }));
        app.MapPost("/api/{method}", () => Results.Json(new { ok = true }));

        // The Teams connector: replies (with or without the activity id in the path) and new messages.
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (string replyTo) => Replies.Record(replyTo));
        app.MapPost("/v3/conversations/{conversation}/activities", async (HttpContext c) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            return Replies.Record(body?["replyToId"]?.GetValue<string>());
        });
    }
}
