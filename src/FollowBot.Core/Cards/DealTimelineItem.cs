namespace FollowBot.Core.Cards;

/// <param name="At">Local, display-ready time, e.g. "Today 10:42" or "12月1日 09:30".</param>
public sealed record DealTimelineItem(string At, string Actor, string Text);
