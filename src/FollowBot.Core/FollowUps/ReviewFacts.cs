using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>Raw facts of one week for a team: deadlines missed, snoozes and stage exits.</summary>
public sealed record ReviewFacts(IReadOnlyList<Breach> Breaches, IReadOnlyList<string?> SnoozeReasons, IReadOnlyList<ReviewExit> Exits);

/// <summary>A stage deadline that passed while the deal sat in it (a first nudge was due).</summary>
public sealed record Breach(DealId Deal, string Stage, MemberId StageOwner);

/// <summary>A deal left <paramref name="Stage"/> at <paramref name="At"/>; <paramref name="Late"/> when its deadline had passed.</summary>
public sealed record ReviewExit(DealId Deal, string Stage, DateTimeOffset At, bool Late);
