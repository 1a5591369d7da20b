using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

public partial class BusinessCalendarTests
{
    [Fact]
    public void Elapsed_skips_a_weekend_and_a_holiday()
    {
        var from = At("2026-12-04T17:00+08:00");
        var to = At("2026-12-08T10:00+08:00");

        In(Shanghai).Elapsed(from, to).ShouldBe(TimeSpan.FromHours(11));
        In(Shanghai, holidays: [MondayDec7]).Elapsed(from, to).ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Elapsed_counts_a_make_up_saturday()
    {
        var calendar = In(Shanghai, makeUpWorkdays: [SaturdayDec5]);

        calendar.Elapsed(At("2026-12-04T17:00+08:00"), At("2026-12-07T09:00+08:00")).ShouldBe(TimeSpan.FromHours(10));
    }

    [Fact]
    public void Elapsed_within_one_period_is_the_plain_difference()
    {
        In(Shanghai).Elapsed(At("2026-12-02T10:00+08:00"), At("2026-12-02T12:30+08:00")).ShouldBe(TimeSpan.FromMinutes(150));
    }

    [Theory]
    [InlineData("2026-12-05T10:00+08:00", "2026-12-06T20:00+08:00")]
    [InlineData("2026-12-02T18:00+08:00", "2026-12-03T09:00+08:00")]
    [InlineData("2026-12-02T19:00+08:00", "2026-12-02T23:00+08:00")]
    public void Elapsed_is_zero_outside_working_hours(string from, string to) =>
        In(Shanghai).Elapsed(At(from), At(to)).ShouldBe(TimeSpan.Zero);

    [Theory]
    [InlineData("2026-12-02T12:00+08:00", "2026-12-02T10:00+08:00")]
    [InlineData("2026-12-02T12:00+08:00", "2026-12-02T12:00+08:00")]
    public void Elapsed_is_zero_when_to_is_not_after_from(string from, string to) =>
        In(Shanghai).Elapsed(At(from), At(to)).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void Elapsed_does_not_depend_on_the_offsets_the_instants_are_written_in()
    {
        var calendar = In(Shanghai);

        var local = calendar.Elapsed(At("2026-12-04T17:00+08:00"), At("2026-12-08T10:00+08:00"));
        var shifted = calendar.Elapsed(At("2026-12-04T04:00-05:00"), At("2026-12-08T02:00Z"));

        shifted.ShouldBe(local);
    }
}
