namespace FollowBot.Teams;

/// <summary>
/// Section <c>Teams</c>: the Azure Bot registration and the Bot Framework endpoints (names as in Microsoft's bot
/// samples, so a registration's settings paste in). With no <see cref="MicrosoftAppId"/> every request is refused,
/// except in Development, where requests without a token are served anonymously (Emulator, Agents Playground).
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";

    /// <summary>The Azure Bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret. A secret: no default.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><see cref="SingleTenant"/> (every registration since 31 July 2025) or <see cref="MultiTenant"/>.</summary>
    public string MicrosoftAppType { get; set; } = SingleTenant;

    /// <summary>The tenant of a SingleTenant app.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Token authority; unset means <c>https://login.microsoftonline.com/{tenant}</c> (SingleTenant) or <c>…/botframework.com</c>.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Hosts besides Microsoft's (<see cref="Outbound.ServiceUrlPolicy"/>) that may receive the bot token, e.g. a
    /// sovereign-cloud connector. Loopback hosts are only ever allowed without a token, in Development.
    /// </summary>
    public string[] AdditionalServiceUrlHosts { get; set; } = [];

    /// <summary>Activities waiting for the background worker; when full, Teams gets a 503 and sends again.</summary>
    public int QueueCapacity { get; set; } = 512;

    /// <summary>Background lanes working side by side; one conversation always uses the same lane, so its replies keep their order.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Sends per conversation per second (Teams allows 7 per bot per thread).</summary>
    public int MessagesPerSecondPerConversation { get; set; } = 7;

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string LoginUrl => !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
        ? ToChannelFromBotLoginUrl.TrimEnd('/')
        : "https://login.microsoftonline.com/" + (IsSingleTenant ? MicrosoftAppTenantId : "botframework.com");

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);
}
