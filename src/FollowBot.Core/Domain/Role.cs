namespace FollowBot.Core.Domain;

public enum Role
{
    Rep = 0,
    Manager = 1,
    Admin = 2,
}
