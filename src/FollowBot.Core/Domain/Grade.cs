namespace FollowBot.Core.Domain;

/// <summary>How promising a deal is; a stage's deadline may depend on it (product §4).</summary>
public enum Grade
{
    A = 0,
    B = 1,
    C = 2,
}
