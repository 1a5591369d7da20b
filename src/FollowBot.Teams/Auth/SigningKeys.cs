using Microsoft.IdentityModel.Tokens;

namespace FollowBot.Teams.Auth;

/// <summary>
/// The channel's signing keys at one moment, with each key's <c>endorsements</c> (the channels it may sign for),
/// which <c>OpenIdConnectConfiguration</c> does not expose.
/// </summary>
internal sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements, DateTimeOffset FetchedAt)
{
    public bool Has(string? keyId) => keyId is not null && Keys.Any(k => k.KeyId == keyId);
}
