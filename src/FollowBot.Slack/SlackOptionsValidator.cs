using Microsoft.Extensions.Options;

namespace FollowBot.Slack;

/// <summary>Reports every configuration mistake at once, at start (house rule 6); never echoes a secret.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret) && !options.SocketMode)
        {
            failures.Add("Slack:SigningSecret (or SLACK_SIGNING_SECRET) is required: without it no request from Slack can be verified. Set it, or set Slack:AppToken to use Socket Mode only.");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken (or SLACK_BOT_TOKEN) is required: the bot token (xoxb-…) from OAuth & Permissions.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        }

        if (options.SocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-'.");
        }

        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http") || !options.ApiUrl.EndsWith('/'))
        {
            failures.Add($"Slack:ApiUrl '{options.ApiUrl}' must be an absolute http(s) URL ending in '/', e.g. https://slack.com/api/.");
        }

        if (!options.Command.StartsWith('/') || options.Command.Length is < 2 or > 32)
        {
            failures.Add($"Slack:Command '{options.Command}' must start with '/' and be at most 32 characters.");
        }

        if (options.AckBudget <= TimeSpan.Zero || options.AckBudget >= TimeSpan.FromSeconds(3))
        {
            failures.Add($"Slack:AckBudget ({options.AckBudget}) must be above zero and below Slack's 3 seconds.");
        }

        if (options.SocketConnections is < 1 or > 10)
        {
            failures.Add($"Slack:SocketConnections ({options.SocketConnections}) must be 1 to 10 (Slack's limit per app).");
        }

        if (options.Workers is < 1 or > 64)
        {
            failures.Add($"Slack:Workers ({options.Workers}) must be 1 to 64.");
        }

        if (options.RateLimitRetries is < 0 or > 10)
        {
            failures.Add($"Slack:RateLimitRetries ({options.RateLimitRetries}) must be 0 to 10.");
        }

        foreach (var (key, value) in new[]
                 {
                     ("ProfileCacheTime", options.ProfileCacheTime), ("MessageInterval", options.MessageInterval),
                     ("SocketIdleTimeout", options.SocketIdleTimeout), ("SocketRetryDelay", options.SocketRetryDelay),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Slack:{key} ({value}) must be above zero.");
            }
        }

        if (options.SocketStagger < TimeSpan.Zero)
        {
            failures.Add($"Slack:SocketStagger ({options.SocketStagger}) can't be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
