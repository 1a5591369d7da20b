using System.Diagnostics;
using System.Globalization;
using FollowBot.Bench.Shared;
using FollowBot.Core.FollowUps;
using FollowBot.Storage;
using FollowUps.Bench;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Issue 5's benchmark: 100,000 open deals, 10,000 due in the same minute; every nudge handed to a publisher within
// 60 s, peak memory under 300 MB. Each measured run is a fresh process over a fresh copy of the seeded database, so
// its peak working set is its own. Usage: dotnet run -c Release --project bench/FollowUps [-- baseline-sample]
if (args is ["seed", var seedPath])
{
    await using var services = BenchServices.Build(seedPath, new BenchClock(DueDeals.Minute.AddDays(-1)), new CountingPublisher());
    await services.MigrateFollowBotDatabaseAsync(default);
    var due = await DueDeals.SeedAsync(services, DueDeals.FullSize);
    await using (var scope = services.CreateAsyncScope())
    {
        // Fold the write-ahead log into the file, so copies of the file alone are complete databases.
        await scope.ServiceProvider.GetRequiredService<FollowBotDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    Console.WriteLine($"seeded {DueDeals.FullSize} deals ({due} due in the minute), {DueDeals.FullSize / 50} reps");
    return 0;
}

if (args is ["profile", var profilePath])
{
    var clock = new BenchClock(DueDeals.SweepAt);
    await using var services = BenchServices.Build(profilePath, clock, new CountingPublisher());
    await using var scope = services.CreateAsyncScope();
    var tally = new SweepTally { Now = clock.Now };
    var outbox = scope.ServiceProvider.GetRequiredService<FollowBot.Core.Persistence.IFollowUpOutbox>();
    var w = Stopwatch.StartNew();
    var found = await outbox.FindUnplannedAsync(clock.Now, 3, 1000, default);
    Console.WriteLine($"find 1000: {w.ElapsedMilliseconds} ms ({found.Count})");
    w.Restart();
    await scope.ServiceProvider.GetRequiredService<FollowUpPlanner>().PlanAsync(tally, default);
    Console.WriteLine($"plan: {w.ElapsedMilliseconds} ms ({tally.Planned})");
    w.Restart();
    await scope.ServiceProvider.GetRequiredService<FollowUpDispatcher>().DispatchAsync(tally, default);
    Console.WriteLine($"dispatch: {w.ElapsedMilliseconds} ms ({tally})");
    return 0;
}

if (args is ["engine" or "naive", var runPath, ..])
{
    return await RunAsync(args[0], runPath, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DueDeals.DueOf(DueDeals.FullSize));
}

var sample = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var folder = Directory.CreateTempSubdirectory("followbot-bench-");
var seeded = Path.Combine(folder.FullName, "seeded.db");
try
{
    Child("seed", seeded);
    File.Copy(seeded, Path.Combine(folder.FullName, "engine.db"));
    File.Copy(seeded, Path.Combine(folder.FullName, "naive.db"));
    Child("engine", Path.Combine(folder.FullName, "engine.db"));
    Child("naive", Path.Combine(folder.FullName, "naive.db"), sample.ToString(CultureInfo.InvariantCulture));
}
finally
{
    folder.Delete(recursive: true);
}

return 0;

static void Child(params string[] arguments)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
    {
        start.ArgumentList.Add(typeof(NaiveBaseline).Assembly.Location);
    }

    foreach (var a in arguments)
    {
        start.ArgumentList.Add(a);
    }

    using var process = Process.Start(start)!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{arguments[0]} failed with exit code {process.ExitCode}");
    }
}

static async Task<int> RunAsync(string mode, string path, int limit)
{
    var clock = new BenchClock(DueDeals.SweepAt);
    var publisher = new CountingPublisher();
    await using var services = BenchServices.Build(path, clock, publisher);
    var watch = Stopwatch.StartNew();
    var sweeps = 0;
    if (mode == "engine")
    {
        // What the scheduler does every 15 s, repeated until the outbox has nothing left that is due.
        sweeps = await SweepUntilDone.RunAsync(services, Console.WriteLine);
    }
    else
    {
        await NaiveBaseline.RunAsync(services, clock, publisher, limit);
    }

    watch.Stop();
    SqliteConnection.ClearAllPools();
    using var self = Process.GetCurrentProcess();
    var rate = publisher.Count / watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{mode,-6}: {publisher.Count,6} nudges in {watch.Elapsed.TotalSeconds,7:F2} s ({rate,7:F0}/s), {sweeps} sweep(s), peak working set {self.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB, GC heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB"));
    if (mode == "naive")
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"naive : extrapolated to {DueDeals.DueOf(DueDeals.FullSize)} nudges: {DueDeals.DueOf(DueDeals.FullSize) / rate:F1} s"));
    }

    return 0;
}
