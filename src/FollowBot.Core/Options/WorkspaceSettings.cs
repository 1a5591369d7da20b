using FollowBot.Core.Domain;
using FollowBot.Core.Text;
using FollowBot.Core.Time;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.Options;

/// <summary>Builds the configured pipeline and calendar once; per-workspace SLA settings are layered on top.</summary>
public sealed class WorkspaceSettings
{
    public WorkspaceSettings(IOptions<PipelineOptions> pipeline, IOptions<CalendarOptions> calendar, IOptions<FollowBotOptions> followBot)
    {
        Defaults = followBot.Value;
        CalendarOptions = calendar.Value;
        Pipeline = BuildPipeline(pipeline.Value);
        var c = calendar.Value;
        Calendar = new BusinessCalendar(new BusinessCalendarSettings(
            c.TimeZone,
            c.WorkStart,
            c.WorkEnd,
            c.EffectiveWorkingDays.ToHashSet(),
            c.Holidays.ToHashSet(),
            c.MakeUpDays.ToHashSet(),
            c.Enabled));
    }

    public FollowBotOptions Defaults { get; }

    public CalendarOptions CalendarOptions { get; }

    public Pipeline Pipeline { get; }

    public BusinessCalendar Calendar { get; }

    private static Pipeline BuildPipeline(PipelineOptions options)
    {
        var stages = options.Stages
            .OrderBy(s => s.Value.Order)
            .Select(s => new StageDefinition(
                s.Key.ToLowerInvariant(),
                s.Value.NameEn ?? StageName(s.Key, Texts.English),
                s.Value.NameZh ?? StageName(s.Key, Texts.Chinese),
                s.Value.Sla is { } sla ? BusinessDuration.FromTimeSpan(sla) : null,
                s.Value.Grades.ToDictionary(g => Enum.Parse<Grade>(g.Key, ignoreCase: true), g => BusinessDuration.FromTimeSpan(g.Value)),
                IsTerminal: false))
            .ToList();
        stages.Add(Terminal(Pipeline.Won));
        stages.Add(Terminal(Pipeline.Lost));
        return new Pipeline(stages);
    }

    private static StageDefinition Terminal(string key) =>
        new(key, StageName(key, Texts.English), StageName(key, Texts.Chinese), null, new Dictionary<Grade, BusinessDuration>(), IsTerminal: true);

    // A configured stage without a built-in name shows its key until an admin names it.
    private static string StageName(string key, Texts texts) => texts.Has("Stage_" + key) ? texts["Stage_" + key] : key;
}
