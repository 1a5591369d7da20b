using FollowBot.Core.FollowUps;
using Quartz;

namespace FollowBot.Host.Scheduling;

/// <summary>
/// The Quartz trigger's whole job: one sweep in a scope of its own. What is due is the database's business
/// (architecture §2.3); several hosts may run this at once, the outbox claims keep each message to one of them.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SweepFollowUpsJob(IServiceScopeFactory scopes, ILogger<SweepFollowUpsJob> logger) : IJob
{
    public static readonly JobKey Key = new("sweep-follow-ups", "follow-ups");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FollowUpSweeper>().SweepAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing is lost: unsent rows stay in the outbox and the next sweep picks them up.
            SchedulingLog.SweepFailed(logger, ex);
        }
    }
}
