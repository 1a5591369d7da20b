using FollowBot.Teams.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Works through <see cref="TeamsInbox"/> one item at a time, each in its own scope (one database context per
/// turn). One reader keeps each conversation's replies in order; a failure is logged and the next item goes on.
/// </summary>
internal sealed class TeamsWorker(TeamsInbox inbox, IServiceScopeFactory scopes, ILogger<TeamsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in inbox.Reader.ReadAllAsync(stoppingToken))
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
