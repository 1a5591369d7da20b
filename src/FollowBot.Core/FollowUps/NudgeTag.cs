using System.Globalization;
using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// What a nudge's buttons carry as <c>nudge</c> besides the deal number: the stage and the deadline it was about
/// (<c>quote@638712345600000000</c>, UTC ticks), or for a follow-up reminder just the reminder time (<c>@…</c>).
/// A click is out of date once the deal no longer matches.
/// </summary>
public static class NudgeTag
{
    public const string DataKey = "nudge";

    public static string For(OutboxMessage row) => Format(row.Stage, row.Deadline);

    public static string Format(string stage, DateTimeOffset deadline) =>
        stage + "@" + deadline.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the deal has moved on since the nudge: closed, another stage, or another deadline.</summary>
    public static bool IsOutOfDate(string tag, Deal deal)
    {
        var at = tag.LastIndexOf('@');
        if (at < 0 || !long.TryParse(tag.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            // Not one of ours (hand-made data): no opinion, let the command decide.
            return false;
        }

        if (!deal.IsOpen)
        {
            return true;
        }

        var stage = tag[..at];
        return stage.Length == 0
            ? deal.NextFollowUpAt?.UtcTicks != ticks
            : !string.Equals(deal.Stage, stage, StringComparison.OrdinalIgnoreCase) || deal.StageDueAt?.UtcTicks != ticks;
    }
}
