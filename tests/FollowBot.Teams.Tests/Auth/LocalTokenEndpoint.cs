using FollowBot.Testing;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace FollowBot.Teams.Tests.Auth;

/// <summary>
/// An Entra token endpoint on https://localhost with a certificate made for the test (MSAL only talks https):
/// answers client-credentials requests with numbered tokens and records each request's form.
/// </summary>
internal sealed class LocalTokenEndpoint : IAsyncDisposable, IMsalHttpClientFactory
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly HttpClient _client;
    private int _issued;

    private LocalTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
        _client = new HttpClient(new HttpClientHandler
        {
            // Trust exactly this test's certificate, nothing else.
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == certificate.Thumbprint,
        });
    }

    public string Origin { get; private set; } = "";

    public List<(string Path, Dictionary<string, string> Form)> Requests { get; } = [];

    public static async Task<LocalTokenEndpoint> StartAsync()
    {
        var certificate = LocalhostCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new LocalTokenEndpoint(app, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
            lock (endpoint.Requests)
            {
                endpoint.Requests.Add((context.Request.Path.Value!, form));
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = "token-" + Interlocked.Increment(ref endpoint._issued) });
        });
        await app.StartAsync();
        endpoint.Origin = app.Urls.Single().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        return endpoint;
    }

    public HttpClient GetHttpClient() => _client;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
    }
}
