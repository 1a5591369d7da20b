using System.Globalization;

namespace FollowBot.Bench;

internal sealed record BenchOptions(string? Postgres, int Deals, int Pairs, int Clients, int Runs)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("FOLLOWBOT_TEST_POSTGRES");
        return new BenchOptions(string.IsNullOrWhiteSpace(postgres) ? null : postgres, Number("--deals", 1_000_000), Number("--pairs", 500), Number("--clients", 16), Number("--runs", 10));
    }
}
