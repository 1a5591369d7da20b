using FollowBot.Storage.Conversions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FollowBot.Storage.Postgres;

/// <summary>
/// Writes instants to <c>timestamptz</c> in UTC: Npgsql refuses a <see cref="DateTimeOffset"/> with any other offset
/// (https://www.npgsql.org/doc/types/datetime.html), and the domain computes some in the member's zone. Reads come
/// back with offset zero.
/// </summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => StoredInstant.Normalize(value),
    value => value);
