using FollowBot.Core.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FollowBot.Storage.Conversions;

internal sealed class WorkspaceIdConverter() : ValueConverter<WorkspaceId, Guid>(id => id.Value, value => new WorkspaceId(value));
