using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FollowBot.Storage.Conversions;

internal sealed class MemberIdConverter() : ValueConverter<MemberId, Guid>(id => id.Value, value => new MemberId(value));
