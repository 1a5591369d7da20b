using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FollowBot.Storage.Conversions;

internal sealed class DealIdConverter() : ValueConverter<DealId, Guid>(id => id.Value, value => new DealId(value));
