using System.Diagnostics;
using FollowBot.Bench.Shared;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench;

/// <summary>
/// The pipeline summary on <see cref="PipelineHistory"/> (the workload of bench/Pipeline): the admin asks
/// <c>pipeline all</c> for the month once, the query the command gave the provider's <see cref="IPipelineReport"/>
/// is recorded and checked against the generated deals, then timed on its own (a scope per run, as per request),
/// and the whole command after it.
/// </summary>
internal static class PipelineSummary
{
    public sealed record Result(int Deals, int Exits, TimeSpan Load, Measurements Query, Measurements Command);

    public static async Task<Result> RunAsync(BenchDatabase database, int deals, int runs)
    {
        var record = new RecordingPipelineReport.Record();
        await using var app = await BenchApp.StartAsync(database, new BenchClock(PipelineHistory.Now), services => RecordingPipelineReport.Decorate(services, record));
        var (workspace, reps) = await PipelineHistory.AddPeopleAsync(app.Services);
        var expectedQuery = new PipelineQuery(workspace.Id, null, PipelineHistory.Month.From, PipelineHistory.Month.To, PipelineHistory.Now) { Live = true };
        var expected = new ExpectedFigures(expectedQuery);
        var load = Stopwatch.StartNew();
        var (count, exits) = HistoryLoad.Run(database, workspace.Id.Value, expected.Observe(PipelineHistory.Generate(reps, deals)));
        load.Stop();

        await app.SayAsync("admin", "pipeline all");
        if (record.Query != expectedQuery)
        {
            throw new InvalidOperationException($"`pipeline all` asked for {record.Query}, expected {expectedQuery}.");
        }

        expected.Check(record.Figures!);
        var query = await TimeAsync(runs, async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            expected.Check(await scope.ServiceProvider.GetRequiredService<IPipelineReport>().SummarizeAsync(expectedQuery, default));
        });
        var command = await TimeAsync(runs, () => app.SayAsync("admin", "pipeline all"));
        return new Result(count, exits, load.Elapsed, query, command);
    }

    /// <summary>Two warm-up runs (JIT, pools, the database's cache), then <paramref name="runs"/> timed ones.</summary>
    private static async Task<Measurements> TimeAsync(int runs, Func<Task> work)
    {
        for (var i = 0; i < 2; i++)
        {
            await work();
        }

        var latencies = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await work();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new Measurements(latencies, wall.Elapsed);
    }
}
