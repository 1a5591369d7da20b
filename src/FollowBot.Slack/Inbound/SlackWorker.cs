using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Runs queued Slack work with <see cref="SlackOptions.Workers"/> loops, each item in its own scope. An exception is
/// logged and the loop goes on (SlackNet's OnCompleted handlers lose them silently; a queue doesn't).
/// </summary>
public sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, IOptions<SlackOptions> options, ILogger<SlackWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => RunLoopAsync(stoppingToken)));

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await work.Run(scope.ServiceProvider, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // one failed piece of work must not stop the others
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Log.WorkFailed(logger, ex, work.What);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
