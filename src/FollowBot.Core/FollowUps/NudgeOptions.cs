namespace FollowBot.Core.FollowUps;

/// <summary>
/// Section <c>FollowBot:Nudges</c>: when FollowBot looks for due work and how the escalation ladder climbs
/// (product §6). Spans of business time use the pipeline's form: whole days are business days, the rest business
/// hours (<c>1.00:00:00</c> = 1 business day, <c>04:00:00</c> = 4 business hours).
/// </summary>
public sealed class NudgeOptions
{
    public const string Section = "FollowBot:Nudges";

    /// <summary>False stops the scheduler from sweeping (nothing is sent on FollowBot's own initiative).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the database is asked what is due (real time, not business time).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The owner is nudged again after each such span while the stage stays overdue, up to <see cref="RepeatCap"/> times.</summary>
    public TimeSpan RepeatEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Repeats after the first nudge; 0 nudges once.</summary>
    public int RepeatCap { get; set; } = 3;

    /// <summary>Business time overdue before the stage owner's manager is told.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Business time overdue before the team channel is told (only where one is configured).</summary>
    public TimeSpan EscalateToChannelAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>More snoozes than this on one stage escalate to the manager at once.</summary>
    public int SnoozeLimit { get; set; } = 3;

    /// <summary>Nudges and escalations one person receives per local day at most; the rest fold into their next digest.</summary>
    public int MaxNudgesPerDay { get; set; } = 10;

    /// <summary>Where channel escalations go, per workspace.</summary>
    public List<TeamChannelOptions> TeamChannels { get; } = [];

    /// <summary>Local time of the morning digest on working days (member's own time zone).</summary>
    public TimeOnly DigestAt { get; set; } = new(9, 0);

    /// <summary>Day and time (manager's own zone) of the weekly review.</summary>
    public DayOfWeek WeeklyReviewDay { get; set; } = DayOfWeek.Monday;

    /// <summary>False sends no morning digests or weekly reviews.</summary>
    public bool DigestsEnabled { get; set; } = true;

    /// <summary>Rows claimed per round trip; a host that dies holds at most this many until the lease ends.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Messages handed to publishers at once (real channels are network calls).</summary>
    public int Parallelism { get; set; } = 64;

    /// <summary>
    /// How long a claim holds before another host may take the row over (a crashed host's work is not lost); renewed
    /// each time a group of <see cref="Parallelism"/> sends is recorded, so it must outlast one group, not one batch.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message is given up (logged as an error and shown to admins in their digest).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first transient failure; doubled on each further one (capped at one hour).</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
