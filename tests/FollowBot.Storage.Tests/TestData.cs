using FollowBot.Core.Domain;
using FollowBot.Core.Time;

namespace FollowBot.Storage.Tests;

internal static class TestData
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly StageDefinition Lead = new("lead", "Lead", "线索", BusinessDuration.FromDays(2), new Dictionary<Grade, BusinessDuration>(), false);
    public static readonly StageDefinition Quote = new("quote", "Needs & quote", "需求与报价", BusinessDuration.FromDays(3), new Dictionary<Grade, BusinessDuration>(), false);
    public static readonly StageDefinition Won = new(Pipeline.Won, "Won", "赢单", null, new Dictionary<Grade, BusinessDuration>(), true);
    public static readonly StageDefinition Lost = new(Pipeline.Lost, "Lost", "输单", null, new Dictionary<Grade, BusinessDuration>(), true);

    public static Workspace Workspace(string key) => new(key, $"Team {key}", "CNY", "Asia/Shanghai", "zh-CN", T0);

    public static Member Member(WorkspaceId workspace, string externalId, Role role = Role.Rep) =>
        new(workspace, externalId, $"Person {externalId}", "Asia/Shanghai", role, T0);

    public static Deal Deal(WorkspaceId workspace, int number, string company, MemberId owner, DateTimeOffset? due = null) =>
        new(workspace, number, company, owner, "CNY", Lead, due ?? T0.AddDays(2), T0);
}
