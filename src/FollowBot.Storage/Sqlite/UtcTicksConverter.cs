using FollowBot.Storage.Conversions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FollowBot.Storage.Sqlite;

/// <summary>
/// Stores an instant as UTC ticks, so <c>ORDER BY</c> and <c>&lt;</c> work on SQLite. Instants come back in UTC
/// (offset zero), which is how the domain keeps them anyway (architecture §2.5), to the microsecond like PostgreSQL.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => StoredInstant.Normalize(value).UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
