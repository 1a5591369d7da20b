using FollowBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FollowBot.Host;

/// <summary><c>/healthz</c> is healthy only when the database answers.</summary>
public sealed class DatabaseHealthCheck(DatabaseProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await probe.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
