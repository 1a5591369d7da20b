namespace FollowBot.Bench;

/// <summary>Latencies of one measured run, in milliseconds.</summary>
internal sealed class Measurements(IReadOnlyList<double> milliseconds, TimeSpan wall)
{
    public int Count => milliseconds.Count;

    public TimeSpan Wall => wall;

    public double PerSecond => Count / wall.TotalSeconds;

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
