using System.Globalization;
using FollowBot.Core.Time;

namespace FollowBot.Core.Tests.Time;

public class BusinessDurationTests
{
    [Theory]
    [InlineData("2.00:00:00", 2, "00:00:00")]
    [InlineData("04:00:00", 0, "04:00:00")]
    [InlineData("00:00:05", 0, "00:00:05")]
    [InlineData("1.04:30:00", 1, "04:30:00")]
    public void Config_timespan_day_part_is_business_days_and_the_rest_business_time(string config, int days, string time)
    {
        var duration = BusinessDuration.FromTimeSpan(TimeSpan.Parse(config, CultureInfo.InvariantCulture));

        duration.ShouldBe(new BusinessDuration(days, TimeSpan.Parse(time, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2.00:00:00")]
    [InlineData("04:00:00")]
    [InlineData("00:00:05")]
    [InlineData("3.07:15:42.1234567")]
    [InlineData("00:00:00")]
    public void FromTimeSpan_and_ToTimeSpan_round_trip(string config)
    {
        var span = TimeSpan.Parse(config, CultureInfo.InvariantCulture);

        BusinessDuration.FromTimeSpan(span).ToTimeSpan().ShouldBe(span);
    }

    [Fact]
    public void Hours_stay_business_hours_even_beyond_a_day()
    {
        var duration = BusinessDuration.FromHours(30);

        duration.Days.ShouldBe(0);
        duration.Time.ShouldBe(TimeSpan.FromHours(30));
        duration.ToTimeSpan().ShouldBe(TimeSpan.FromHours(30));
    }

    [Fact]
    public void Factories_fill_the_matching_part()
    {
        BusinessDuration.FromDays(3).ShouldBe(new BusinessDuration(3, TimeSpan.Zero));
        BusinessDuration.FromMinutes(90).ShouldBe(new BusinessDuration(0, TimeSpan.FromMinutes(90)));
        BusinessDuration.FromHours(1.5).ShouldBe(new BusinessDuration(0, TimeSpan.FromMinutes(90)));
    }

    [Theory]
    [InlineData(2, "00:00:00", "2d")]
    [InlineData(0, "04:00:00", "4h")]
    [InlineData(0, "00:30:00", "30m")]
    [InlineData(1, "04:00:00", "1d4h")]
    [InlineData(0, "00:00:05", "5s")]
    [InlineData(0, "1.06:00:00", "30h")]
    [InlineData(0, "01:30:00", "1h30m")]
    [InlineData(0, "00:00:00.5", "0.5s")]
    [InlineData(1, "02:03:04", "1d2h3m4s")]
    [InlineData(0, "00:00:00", "0m")]
    public void ToString_is_compact_and_invariant(int days, string time, string expected)
    {
        var duration = new BusinessDuration(days, TimeSpan.Parse(time, CultureInfo.InvariantCulture));

        duration.ToString().ShouldBe(expected);
    }

    [Fact]
    public void ToString_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            new BusinessDuration(0, TimeSpan.FromMilliseconds(1500)).ToString().ShouldBe("1.5s");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Only_a_duration_with_no_days_and_no_time_is_zero()
    {
        default(BusinessDuration).IsZero.ShouldBeTrue();
        BusinessDuration.FromDays(0).IsZero.ShouldBeTrue();
        BusinessDuration.FromDays(1).IsZero.ShouldBeFalse();
        BusinessDuration.FromTimeSpan(TimeSpan.FromTicks(1)).IsZero.ShouldBeFalse();
    }

    [Fact]
    public void Negative_durations_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromDays(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromHours(-0.5));
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromHours(double.NaN));
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromMinutes(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromTimeSpan(TimeSpan.FromSeconds(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => new BusinessDuration(0, TimeSpan.FromHours(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDuration.FromDays(1) with { Days = -1 });
    }
}
