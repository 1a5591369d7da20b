using FollowBot.Core.Time;

namespace FollowBot.Core.Domain;

/// <summary>An admin's deadline for a stage, optionally for one grade only.</summary>
public sealed record SlaSetting(string Stage, Grade? Grade, BusinessDuration Sla);
