using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack;

/// <summary>
/// At start, asks <c>auth.test</c> who the configured bot token is and stores it for its team, so a bad token shows
/// in the log at once. Slack being unreachable at that moment doesn't stop FollowBot: the first event asks again.
/// </summary>
public sealed partial class SlackStartup(SlackCredentials credentials, IOptions<SlackOptions> options, ILogger<SlackStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            await credentials.RegisterConfiguredTokenAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            LogStartupCheckFailed(logger, ex);
        }
    }

    [LoggerMessage(3000, LogLevel.Error, "Slack auth.test with the configured bot token failed; check Slack:BotToken")]
    private static partial void LogStartupCheckFailed(ILogger logger, Exception exception);
}
