using System.Globalization;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// The rungs of the ladder (product §6), as stored in the outbox key. Owner rungs go to the stage owner
/// (<see cref="Nudge"/>, then <c>repeat1</c>…); escalations go up; digests and reviews are not about one deal.
/// </summary>
public static class Rungs
{
    public const string Nudge = "nudge";
    public const string Manager = "manager";
    public const string Channel = "channel";
    public const string Snoozes = "snoozes";
    public const string Reminder = "reminder";
    public const string Digest = "digest";
    public const string WeeklyReview = "weekly";

    private const string RepeatPrefix = "repeat";

    public static string Repeat(int n) => RepeatPrefix + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>0 for the first nudge, n for the n-th repeat, null for every other rung.</summary>
    public static int? OwnerStep(string rung) =>
        rung == Nudge ? 0
        : rung.StartsWith(RepeatPrefix, StringComparison.Ordinal) && int.TryParse(rung.AsSpan(RepeatPrefix.Length), CultureInfo.InvariantCulture, out var n) ? n
        : null;

    /// <summary>Rungs that tell someone above the stage owner.</summary>
    public static bool IsEscalation(string rung) => rung is Manager or Channel or Snoozes;

    /// <summary>Rungs about one deal (everything but digests and reviews).</summary>
    public static bool IsAboutDeal(string rung) => rung is not (Digest or WeeklyReview);

    /// <summary>Rungs that count against the recipient's daily budget.</summary>
    public static bool CountsAgainstBudget(string rung) => IsAboutDeal(rung) && rung != Channel;
}
