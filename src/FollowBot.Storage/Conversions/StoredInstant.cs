namespace FollowBot.Storage.Conversions;

/// <summary>
/// What every provider stores of an instant: UTC, to the whole microsecond. PostgreSQL's <c>timestamptz</c> keeps
/// microseconds and refuses offsets other than zero, so SQLite is held to the same, and a value reads back the same
/// whichever database it went into.
/// </summary>
internal static class StoredInstant
{
    public static DateTimeOffset Normalize(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
