using FollowBot.Core.Text;
using FollowBot.Core.Time;

namespace FollowBot.Core.FollowUps;

/// <summary>"3 business hours", "2 business days": how late a deadline is, counted like deadlines are counted.</summary>
public static class Lateness
{
    public static string Describe(BusinessCalendar calendar, DateTimeOffset deadline, DateTimeOffset now, Texts text)
    {
        var business = calendar.Settings.Enabled;
        var late = calendar.Elapsed(deadline, now);
        var day = business ? calendar.Settings.WorkEnd - calendar.Settings.WorkStart : TimeSpan.FromDays(1);
        var prefix = business ? "FollowUps_LateBusiness" : "FollowUps_Late";
        if (late >= day)
        {
            return text.Format(prefix + "Days", (int)(late.Ticks / day.Ticks));
        }

        if (late >= TimeSpan.FromHours(1))
        {
            return text.Format(prefix + "Hours", (int)late.TotalHours);
        }

        return late >= TimeSpan.FromMinutes(1) ? text.Format("FollowUps_LateMinutes", (int)late.TotalMinutes) : text["FollowUps_LateJustNow"];
    }
}
