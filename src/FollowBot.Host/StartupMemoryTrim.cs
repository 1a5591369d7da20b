namespace FollowBot.Host;

/// <summary>
/// Registered last, so it runs once every other start-up step (migrations, the Slack warm-up, schedulers) is done:
/// one aggressive full collection hands the start-up garbage back to the operating system before the first request.
/// Without it the process idles with the warm-up's dead objects still resident (issue 9 measures idle memory).
/// </summary>
internal sealed class StartupMemoryTrim : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
