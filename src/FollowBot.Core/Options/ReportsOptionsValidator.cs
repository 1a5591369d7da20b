using Microsoft.Extensions.Options;

namespace FollowBot.Core.Options;

public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var failures = new List<string>();
        // Links only leave FollowBot through a public base URL; without one, a missing key just means no links
        // (cards still work without the chart image), so a Teams- or Slack-only install is not stopped by it.
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            if (options.PublicBaseUrl is not null)
            {
                failures.Add("FollowBot:Reports:SigningKey is required with FollowBot:PublicBaseUrl: a random secret of at least 32 characters that signs chart and export links (e.g. `openssl rand -base64 48`).");
            }
        }
        else if (options.SigningKey.Length < MinimumKeyLength)
        {
            failures.Add($"FollowBot:Reports:SigningKey is {options.SigningKey.Length} characters; use at least {MinimumKeyLength}.");
        }

        if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(url.Query)))
        {
            failures.Add($"FollowBot:PublicBaseUrl '{url}' must be an absolute http(s) address without a query, e.g. https://followbot.example.com.");
        }

        if (options.ChartFontFile is { Length: > 0 } font && !File.Exists(font))
        {
            failures.Add($"FollowBot:Reports:ChartFontFile '{font}' does not exist.");
        }

        if (options.ChartLifetime <= TimeSpan.Zero || options.ExportLifetime <= TimeSpan.Zero)
        {
            failures.Add("FollowBot:Reports:ChartLifetime and ExportLifetime must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
