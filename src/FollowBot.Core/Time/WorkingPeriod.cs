namespace FollowBot.Core.Time;

/// <summary>One working day's hours as instants: <c>[Start, End)</c>. Empty only if DST swallows them.</summary>
internal readonly record struct WorkingPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;

    /// <summary>Length of the overlap with <c>[from, to)</c>, zero when they don't meet.</summary>
    public TimeSpan Overlap(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from > Start ? from : Start;
        var end = to < End ? to : End;
        return end > start ? end - start : TimeSpan.Zero;
    }
}
