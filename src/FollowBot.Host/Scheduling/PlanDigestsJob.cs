using FollowBot.Core.FollowUps;
using Quartz;

namespace FollowBot.Host.Scheduling;

/// <summary>
/// Every minute: whose morning digest (or Monday review) has come due on their own clock gets an outbox row keyed
/// by member and local day; the next sweep sends it. Time zones come from the members, so no per-zone trigger.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PlanDigestsJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PlanDigestsJob> logger) : IJob
{
    public static readonly JobKey Key = new("plan-digests", "follow-ups");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SchedulingLog.DigestPlanningFailed(logger, ex);
        }
    }
}
