namespace FollowBot.Storage.Rows;

/// <summary>
/// One delivery already handled (house rule 4): an inbound one (Slack event, Teams activity) or a Playground outbox
/// message. The key is unique, so a retry can't insert twice.
/// </summary>
internal sealed class Delivery
{
    public string Key { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
