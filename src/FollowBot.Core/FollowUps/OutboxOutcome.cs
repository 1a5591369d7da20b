using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>What became of one claimed row; the store applies it only while the claim is still ours.</summary>
public sealed record OutboxOutcome(string Key, OutboxStatus Status)
{
    /// <summary>For a row put back (quiet hours, retry): when to look again.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public MemberId? RecipientId { get; init; }

    public DateTimeOffset? SettledAt { get; init; }

    public string? Channel { get; init; }

    public string? MessageId { get; init; }
}
