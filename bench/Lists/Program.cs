using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using FollowBot.Bench.Lists;

// dotnet run -c Release --project bench/Lists [-- BenchmarkDotNet options]
// One member's list page, translated at each call against compiled, ratios in one run (README, "Performance").
// A short job keeps the run near a minute on 2 cores. It is left out when the command line names a job (`--job dry`
// to check that it runs): BenchmarkDotNet would run a job given here beside that one, or in place of it.
var config = DefaultConfig.Instance;
if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
}

BenchmarkRunner.Run<OneMembersList>(config, args);
