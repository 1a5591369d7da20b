using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FollowBot.Teams.Auth;

/// <summary>
/// The OpenID metadata at <c>ToBotFromChannelOpenIdMetadataUrl</c> and the JWKS it points to, cached (teams-protocol.md
/// §2.2: refresh at least daily, and when a token names a key id we do not know — Microsoft rotates keys). A refresh
/// for an unknown key happens at most once a minute, so random key ids cannot make us hammer the endpoint.
/// </summary>
internal sealed class OpenIdKeyCache(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<OpenIdKeyCache> logger) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeys? _current;

    public async Task<SigningKeys> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();
        if (current is not null && now - current.FetchedAt < MaxAge && (current.Has(keyId) || now - current.FetchedAt < MinRefreshInterval))
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed while this one waited.
            current = _current;
            now = time.GetUtcNow();
            if (current is not null && now - current.FetchedAt < MaxAge && (current.Has(keyId) || now - current.FetchedAt < MinRefreshInterval))
            {
                return current;
            }

            _current = await FetchAsync(cancellationToken);
            Log.SigningKeysFetched(logger, _current.Keys.Count);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataUrl = options.Value.ToBotFromChannelOpenIdMetadataUrl;
        using var metadata = await http.GetFromJsonAsync<JsonDocument>(metadataUrl, cancellationToken)
            ?? throw new InvalidDataException($"{metadataUrl} returned no JSON.");
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
        if (!Uri.TryCreate(new Uri(metadataUrl), jwksUri, out var jwks))
        {
            throw new InvalidDataException($"{metadataUrl} has no usable jwks_uri.");
        }

        if (jwks.Scheme != Uri.UriSchemeHttps && !jwks.IsLoopback)
        {
            throw new InvalidDataException($"{metadataUrl} names keys at {jwks}, which is not https.");
        }

        var json = await http.GetStringAsync(jwks, cancellationToken);
        var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[id] = list.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }

        return new SigningKeys(keys, endorsements, time.GetUtcNow());
    }

    public void Dispose() => _gate.Dispose();
}
