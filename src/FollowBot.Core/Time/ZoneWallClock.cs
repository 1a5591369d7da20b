namespace FollowBot.Core.Time;

/// <summary>
/// Maps between instants and a zone's local wall-clock time with one fixed DST policy, so that
/// nothing depends on the server's own zone or on <see cref="DateTimeKind.Local"/>.
/// </summary>
internal static class ZoneWallClock
{
    /// <summary>The zone's local wall-clock time of an instant (Kind Unspecified).</summary>
    public static DateTime ToLocal(this TimeZoneInfo zone, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>
    /// The instant (UTC) at which the zone's clocks show <paramref name="local"/>.
    /// A time skipped by spring-forward maps to the first instant after the gap; a time repeated by
    /// fall-back maps to its first occurrence (the earlier offset), so a deadline is never pushed an hour late.
    /// </summary>
    public static DateTimeOffset ToInstant(this TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return FirstInstantAfterGap(zone, local);
        }

        // The larger of the two offsets belongs to the first occurrence (daylight time before the fall-back).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    // TimeZoneInfo has no "end of this gap" API and its adjustment rules differ by platform, so the
    // transition instant is found by bisection between the two offsets around the gap.
    private static DateTimeOffset FirstInstantAfterGap(TimeZoneInfo zone, DateTime local)
    {
        var wallAsUtc = new DateTimeOffset(local, TimeSpan.Zero);
        // Zones never change offset twice within a couple of days, so a day either side brackets one transition.
        var before = zone.GetUtcOffset(wallAsUtc.AddDays(-1));
        var after = zone.GetUtcOffset(wallAsUtc.AddDays(1));
        if (after <= before)
        {
            return new DateTimeOffset(local, before).ToUniversalTime();
        }

        // Invariant: the clock shows less than `local` at lo and at least `local` at hi.
        var lo = (wallAsUtc - after).UtcTicks;
        var hi = (wallAsUtc - before).UtcTicks;
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (zone.ToLocal(new DateTimeOffset(mid, TimeSpan.Zero)) >= local)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return new DateTimeOffset(hi, TimeSpan.Zero);
    }
}
