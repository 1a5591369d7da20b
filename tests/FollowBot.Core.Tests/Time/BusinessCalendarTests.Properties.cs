using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

// Seeded loops over random starts and durations: reproducible, and the message names the failing case.
public partial class BusinessCalendarTests
{
    private const int Cases = 400;
    private static readonly TimeSpan NineHourDay = TimeSpan.FromHours(9);

    public static TheoryData<string> ZonesWithAndWithoutDst => new() { Shanghai, "Europe/London", "America/New_York" };

    [Theory]
    [MemberData(nameof(ZonesWithAndWithoutDst))]
    public void Elapsed_from_start_to_added_deadline_is_the_business_length_of_the_duration(string timeZoneId)
    {
        var calendar = BusyYear(timeZoneId);
        var random = new Random(20261204);

        for (var i = 0; i < Cases; i++)
        {
            var start = RandomStart(calendar, random);
            var duration = new BusinessDuration(random.Next(0, 25), RandomTime(random));

            var due = calendar.Add(start, duration);

            var why = $"start {start:O}, duration {duration}, due {due:O}";
            calendar.Elapsed(start, due).ShouldBe((duration.Days * NineHourDay) + duration.Time, why);
            due.Offset.ShouldBe(TimeSpan.Zero, why);
            (due >= start).ShouldBeTrue(why);
        }
    }

    [Theory]
    [MemberData(nameof(ZonesWithAndWithoutDst))]
    public void Elapsed_over_a_span_is_the_sum_over_its_parts(string timeZoneId)
    {
        var calendar = BusyYear(timeZoneId);
        var random = new Random(7);

        for (var i = 0; i < Cases; i++)
        {
            var instants = new[] { RandomStart(calendar, random), RandomStart(calendar, random), RandomStart(calendar, random) };
            Array.Sort(instants);
            var (a, b, c) = (instants[0], instants[1], instants[2]);

            calendar.Elapsed(a, c).ShouldBe(calendar.Elapsed(a, b) + calendar.Elapsed(b, c), $"{a:O} {b:O} {c:O}");
        }
    }

    [Theory]
    [MemberData(nameof(ZonesWithAndWithoutDst))]
    public void Next_working_moment_is_working_time_and_nothing_before_it_is(string timeZoneId)
    {
        var calendar = BusyYear(timeZoneId);
        var random = new Random(42);

        for (var i = 0; i < Cases; i++)
        {
            var instant = RandomStart(calendar, random);

            var next = calendar.NextWorkingMoment(instant);

            var why = $"instant {instant:O}, next {next:O}";
            calendar.IsWorkingTime(next).ShouldBeTrue(why);
            calendar.Elapsed(instant, next).ShouldBe(TimeSpan.Zero, why);
            (next == instant).ShouldBe(calendar.IsWorkingTime(instant), why);
        }
    }

    // Holidays and make-up Saturdays placed next to DST changes, Golden Week and year ends.
    private static BusinessCalendar BusyYear(string timeZoneId) => In(
        timeZoneId,
        holidays:
        [
            .. new[] { "2026-01-01", "2026-03-30", "2026-05-01", "2026-10-26", "2026-12-25", "2026-12-28", "2027-01-01" }.Select(Date),
            .. Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)),
        ],
        makeUpWorkdays: [.. new[] { "2026-03-28", "2026-10-10", "2026-10-24", "2027-02-06" }.Select(Date)]);

    // A quarter of the starts sit exactly on period boundaries, where off-by-one mistakes live.
    private static DateTimeOffset RandomStart(BusinessCalendar calendar, Random random)
    {
        var instant = At("2026-01-01T00:00Z") + TimeSpan.FromTicks(random.NextInt64(TimeSpan.FromDays(730).Ticks));
        if (random.Next(4) != 0)
        {
            return instant;
        }

        var local = calendar.LocalDate(instant).ToDateTime(random.Next(2) == 0 ? new TimeOnly(9, 0) : new TimeOnly(18, 0));
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }

    private static TimeSpan RandomTime(Random random) => random.Next(4) switch
    {
        0 => TimeSpan.Zero,
        1 => TimeSpan.FromHours(random.Next(0, 41)),
        2 => TimeSpan.FromMinutes(random.Next(0, 3000)),
        _ => TimeSpan.FromTicks(random.NextInt64(TimeSpan.FromHours(30).Ticks)),
    };
}
