using FollowBot.Teams.Inbound;

namespace FollowBot.Teams.Tests;

/// <summary>Architecture §2.2: the Teams adapter references Core and ASP.NET Core, never Storage, EF Core or Slack.</summary>
public sealed class TeamsBoundaryTests
{
    [Fact]
    public void The_teams_project_knows_neither_storage_nor_slack()
    {
        var references = typeof(TeamsEndpoint).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("FollowBot.Core");
        references.ShouldNotContain(r => r.StartsWith("FollowBot.Storage", StringComparison.Ordinal)
            || r.StartsWith("FollowBot.Slack", StringComparison.Ordinal) || r.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }
}
