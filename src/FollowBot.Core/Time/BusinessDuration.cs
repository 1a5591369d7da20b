namespace FollowBot.Core.Time;

// Placeholder with the agreed API; replaced by the calendar branch at merge.
public readonly record struct BusinessDuration(int Days, TimeSpan Time)
{
    public static BusinessDuration FromDays(int days) => new(days, TimeSpan.Zero);
    public static BusinessDuration FromHours(double hours) => new(0, TimeSpan.FromHours(hours));
    public static BusinessDuration FromMinutes(int minutes) => new(0, TimeSpan.FromMinutes(minutes));
    public static BusinessDuration FromTimeSpan(TimeSpan span) => new(span.Days, span - TimeSpan.FromDays(span.Days));
    public TimeSpan ToTimeSpan() => TimeSpan.FromDays(Days) + Time;
    public bool IsZero => Days == 0 && Time == TimeSpan.Zero;
}
