using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Runs the command engine in a scope of its own, so the work can outlive the HTTP request that brought it:
/// Slack gets its acknowledgement within <see cref="SlackOptions.AckBudget"/> whether or not the command is done.
/// </summary>
public sealed class SlackCommandRunner(IServiceScopeFactory scopes, IOptions<SlackOptions> options, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task<CommandOutcome> RunAsync(CommandEnvelope envelope)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommandEngine>().HandleAsync(envelope, lifetime.ApplicationStopping);
    }

    /// <summary>Starts the command; <c>Finished</c> says whether it ended within what is left of the budget since <paramref name="startedAt"/>.</summary>
    public async Task<(bool Finished, Task<CommandOutcome> Outcome)> RunWithinBudgetAsync(CommandEnvelope envelope, long startedAt)
    {
        var run = Task.Run(() => RunAsync(envelope));
        var left = options.Value.AckBudget - time.GetElapsedTime(startedAt);
        if (left > TimeSpan.Zero)
        {
            using var timer = new CancellationTokenSource();
            var finished = await Task.WhenAny(run, Task.Delay(left, time, timer.Token));
            await timer.CancelAsync();
            return (finished == run, run);
        }

        return (run.IsCompleted, run);
    }
}
