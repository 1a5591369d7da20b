using Microsoft.Extensions.Options;

namespace FollowBot.Teams;

/// <summary>Reports every problem with the Teams section at once (house rule 6), so one start-up shows them all.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (options.HasAppId)
        {
            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("Teams:MicrosoftAppPassword is required when Teams:MicrosoftAppId is set (the client secret of the Azure Bot's app registration).");
            }

            if (!options.IsSingleTenant && !string.Equals(options.MicrosoftAppType, TeamsOptions.MultiTenant, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"Teams:MicrosoftAppType must be SingleTenant or MultiTenant (got '{options.MicrosoftAppType}').");
            }

            if (options.IsSingleTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            {
                failures.Add("Teams:MicrosoftAppTenantId must be the tenant's GUID for a SingleTenant app.");
            }
        }

        Url(failures, "ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl);
        Url(failures, "ToChannelFromBotLoginUrl", options.LoginUrl);
        Url(failures, "ToChannelFromBotOAuthScope", options.ToChannelFromBotOAuthScope);
        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add("Teams:ToBotFromChannelTokenIssuer must not be empty.");
        }

        if (options.QueueCapacity is < 1 or > 100_000)
        {
            failures.Add($"Teams:QueueCapacity must be between 1 and 100000 (got {options.QueueCapacity}).");
        }

        if (options.Workers is < 1 or > 64)
        {
            failures.Add($"Teams:Workers must be between 1 and 64 (got {options.Workers}).");
        }

        if (options.MessagesPerSecondPerConversation is < 1 or > 50)
        {
            failures.Add($"Teams:MessagesPerSecondPerConversation must be between 1 and 50 (got {options.MessagesPerSecondPerConversation}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>https, or http on a loopback host (tests and local tools only).</summary>
    private static void Url(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"Teams:{key} must be an absolute https URL (got '{value}').");
        }
    }
}
