using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FollowBot.Bench.Lists;

/// <summary>
/// One member's page of open deals (25 of 1,000, deadlines tied), each in a DI scope of its own as a command gets
/// it: translated at each call (DealStore.QueryAnyAsync, the baseline of each category) against the compiled query
/// DealStore.QueryAsync sends it to; and the whole <c>mine</c> command for scale.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OneMembersList
{
    private ListDatabase _db = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _db = await ListDatabase.CreateAsync();

        // Both paths must do the same work: the same page, the one the seed says it is (A's earliest deadline, by number).
        var expected = Enumerable.Range(1, 25).Select(i => 3 * i).ToList();
        foreach (var query in new[] { _db.Mine, _db.Overdue })
        {
            var translated = (await _db.PageAsync(query, compiled: false)).Select(d => d.Number).ToList();
            var compiled = (await _db.PageAsync(query, compiled: true)).Select(d => d.Number).ToList();
            if (!translated.SequenceEqual(expected) || !compiled.SequenceEqual(expected))
            {
                throw new InvalidOperationException(
                    $"Pages differ (due before {query.DueBefore}): translated [{string.Join(',', translated)}], compiled [{string.Join(',', compiled)}], expected [{string.Join(',', expected)}]");
            }
        }
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _db.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "mine: translated")]
    [BenchmarkCategory("mine")]
    public async Task<int> Translated() => (await _db.PageAsync(_db.Mine, compiled: false)).Count;

    [Benchmark(Description = "mine: compiled")]
    [BenchmarkCategory("mine")]
    public async Task<int> Compiled() => (await _db.PageAsync(_db.Mine, compiled: true)).Count;

    [Benchmark(Description = "mine: whole command")]
    [BenchmarkCategory("mine")]
    public Task<int> Command() => _db.CommandAsync(ListDatabase.A, "mine");

    [Benchmark(Baseline = true, Description = "overdue: translated")]
    [BenchmarkCategory("overdue")]
    public async Task<int> OverdueTranslated() => (await _db.PageAsync(_db.Overdue, compiled: false)).Count;

    [Benchmark(Description = "overdue: compiled")]
    [BenchmarkCategory("overdue")]
    public async Task<int> OverdueCompiled() => (await _db.PageAsync(_db.Overdue, compiled: true)).Count;
}
