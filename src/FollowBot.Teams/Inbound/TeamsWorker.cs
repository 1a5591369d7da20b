using System.Threading.Channels;
using FollowBot.Teams.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Works through each lane of <see cref="TeamsInbox"/> one item at a time, lanes side by side, each item in its own
/// scope (one database context per turn). A failure is logged and the lane goes on with the next item.
/// </summary>
internal sealed class TeamsWorker(TeamsInbox inbox, IServiceScopeFactory scopes, ILogger<TeamsWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(inbox.Lanes.Select(lane => Task.Run(() => DrainAsync(lane, stoppingToken), stoppingToken)));

    private async Task DrainAsync(ChannelReader<TeamsWork> lane, CancellationToken stoppingToken)
    {
        await foreach (var work in lane.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TurnProcessor>().HandleAsync(work, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ConnectorException ex)
            {
                Log.ConnectorRefused(logger, ex, work.GetType().Name, (int)ex.Status, ex.Code);
            }
#pragma warning disable CA1031 // one bad turn must not stop every later one
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.WorkFailed(logger, ex, work.GetType().Name);
            }
        }
    }
}
