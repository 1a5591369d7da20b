using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (when <see cref="SlackOptions.AppToken"/> is set): FollowBot dials out to Slack, so a team can run it
/// behind a firewall with no public URL. <see cref="SlackOptions.SocketConnections"/> connections, opened
/// <see cref="SlackOptions.SocketStagger"/> apart so they don't expire together; Slack hands each envelope to one.
/// </summary>
public sealed class SocketModeService(
    SlackApiMethods api,
    SocketModeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled || !o.SocketMode)
        {
            return;
        }

        var logger = loggers.CreateLogger<SocketModeConnection>();
        var loops = new List<Task>();
        for (var i = 0; i < o.SocketConnections; i++)
        {
            if (i > 0 && o.SocketStagger > TimeSpan.Zero)
            {
                await Task.Delay(o.SocketStagger, time, stoppingToken);
            }

            loops.Add(new SocketModeConnection(i, api, dispatcher, options, time, logger).RunAsync(stoppingToken));
        }

        await Task.WhenAll(loops);
    }
}
