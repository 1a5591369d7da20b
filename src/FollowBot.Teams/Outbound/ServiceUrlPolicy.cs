using FollowBot.Teams.Auth;
using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// Where the bot token may go (teams-protocol.md §3.6): https to Microsoft's connector hosts (or configured extra
/// hosts). Without an app id (Development) nothing is sent with a token, so only loopback connectors of local tools
/// are called. Every serviceUrl also came from an authenticated activity; this is the second lock.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options)
{
    private static readonly string[] MicrosoftHosts = ["smba.trafficmanager.net", ".botframework.com", ".teams.microsoft.com", ".teams.microsoft.us", ".botframework.us", ".botframework.azure.cn"];

    public bool Allows(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (!options.Value.HasAppId)
        {
            return BotFrameworkAuthenticator.IsLoopback(serviceUrl);
        }

        var host = uri.IdnHost;
        var extra = options.Value.AdditionalServiceUrlHosts.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase));
        if (extra)
        {
            // Configured hosts may be local test connectors; everything else must be https.
            return uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;
        }

        return uri.Scheme == Uri.UriSchemeHttps
            && MicrosoftHosts.Any(m => m.StartsWith('.') ? host.EndsWith(m, StringComparison.OrdinalIgnoreCase) : string.Equals(host, m, StringComparison.OrdinalIgnoreCase));
    }
}
