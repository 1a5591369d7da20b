namespace FollowBot.Storage.Rows;

/// <summary>One inbound delivery already handled (house rule 4); the key is unique, so a retry can't insert twice.</summary>
internal sealed class Delivery
{
    public string Key { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
