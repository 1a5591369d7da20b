namespace FollowBot.Core.Options;

/// <summary>Section <c>FollowBot:Calendar</c>: the business calendar deadlines are counted in (product §4).</summary>
public sealed class CalendarOptions
{
    public const string Section = "FollowBot:Calendar";

    /// <summary>False counts deadlines 24/7 and switches quiet hours off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IANA id; also the default time zone of new members.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly WorkStart { get; set; } = new(9, 0);

    public TimeOnly WorkEnd { get; set; } = new(18, 0);

    public List<DayOfWeek> WorkingDays { get; } = [];

    /// <summary>Public holidays: no work even on a working weekday.</summary>
    public List<DateOnly> Holidays { get; } = [];

    /// <summary>Make-up working days (调休): work even on a weekend.</summary>
    public List<DateOnly> MakeUpDays { get; } = [];

    /// <summary>Monday to Friday unless configured (a bound list can't have a default without doubling it).</summary>
    public IReadOnlyList<DayOfWeek> EffectiveWorkingDays =>
        WorkingDays.Count > 0 ? WorkingDays : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
