using FollowBot.Core.Domain;

namespace FollowBot.Storage.Rows;

/// <summary>How many nudges one member received on one local day (product §6: at most MaxNudgesPerDay).</summary>
internal sealed class NudgeBudget
{
    public MemberId MemberId { get; set; }

    public DateOnly Day { get; set; }

    public int Used { get; set; }
}
