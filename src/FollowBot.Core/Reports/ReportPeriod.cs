namespace FollowBot.Core.Reports;

/// <summary>
/// A period of whole local days, [<see cref="From"/>, <see cref="To"/>) in UTC. <see cref="Text"/> is how to ask for
/// it again (a card button repeats it); <see cref="Kind"/> and <see cref="Days"/> name it in either language.
/// </summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset From, DateTimeOffset To, string Text)
{
    /// <summary>For <see cref="PeriodKind.LastDays"/>: how many days, today included.</summary>
    public int Days { get; init; }

    /// <summary>Figures stand as at the end of the period, or now while it is still running.</summary>
    public DateTimeOffset AsOf(DateTimeOffset now) => now < To ? now : To;
}

public enum PeriodKind
{
    Week = 0,
    Month = 1,
    Quarter = 2,
    Year = 3,
    LastDays = 4,
}
