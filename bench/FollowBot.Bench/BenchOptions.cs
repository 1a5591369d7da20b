using System.Globalization;

namespace FollowBot.Bench;

/// <param name="Deals">Deals of the pipeline summary (1,000,000).</param>
/// <param name="SweepDeals">Open deals of the sweep, a tenth of them due (100,000).</param>
internal sealed record BenchOptions(string? Postgres, int Deals, int SweepDeals, int Pairs, int Clients, int Runs)
{
    /// <summary>
    /// <c>--scale 0.01</c> shrinks both workloads (for trying the benchmark out); <c>--deals</c> and
    /// <c>--sweep-deals</c> set them outright.
    /// </summary>
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var scale = Value("--scale") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 1;
        int Scaled(int size) => Math.Max(50, (int)Math.Round(size * scale));
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("FOLLOWBOT_TEST_POSTGRES");
        return new BenchOptions(
            string.IsNullOrWhiteSpace(postgres) ? null : postgres,
            Number("--deals", Scaled(1_000_000)),
            Number("--sweep-deals", Scaled(100_000)),
            Number("--pairs", 500),
            Number("--clients", 16),
            Number("--runs", 20));
    }
}
