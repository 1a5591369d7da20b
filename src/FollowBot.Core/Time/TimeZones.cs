namespace FollowBot.Core.Time;

/// <summary>IANA ids come from channels and configuration; an unknown one must not break a command.</summary>
public static class TimeZones
{
    public static bool IsValid(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo FindOrUtc(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
