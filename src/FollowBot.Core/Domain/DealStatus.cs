namespace FollowBot.Core.Domain;

public enum DealStatus
{
    Open = 0,
    Won = 1,
    Lost = 2,
}
