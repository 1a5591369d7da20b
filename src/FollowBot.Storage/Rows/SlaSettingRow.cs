using FollowBot.Core.Domain;
using FollowBot.Core.Time;

namespace FollowBot.Storage.Rows;

/// <summary>
/// Storage shape of <see cref="SlaSetting"/>. The grade is a non-null column because a unique key over a nullable
/// column lets any number of "all grades" rows in (NULL is never equal to NULL). The duration keeps days and time
/// apart because <see cref="BusinessDuration"/> treats 30 business hours and 1 business day + 6 h as different spans.
/// </summary>
internal sealed class SlaSettingRow
{
    /// <summary>Stored in <see cref="GradeKey"/> for a setting that applies to every grade.</summary>
    public const int AllGrades = -1;

    public WorkspaceId WorkspaceId { get; set; }
    public string Stage { get; set; } = "";
    public int GradeKey { get; set; }
    public int SlaDays { get; set; }
    public long SlaTimeTicks { get; set; }

    public static int KeyOf(Grade? grade) => grade is { } g ? (int)g : AllGrades;

    public SlaSetting ToSetting() =>
        new(Stage, GradeKey == AllGrades ? null : (Grade)GradeKey, new BusinessDuration(SlaDays, TimeSpan.FromTicks(SlaTimeTicks)));
}
