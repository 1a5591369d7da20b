using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// <c>pipeline [me|@person|team|all] [period]</c> (漏斗): the pipeline summary card of product §7 — per stage count,
/// value, overdue and age, the bottleneck, on-time and completion rates, the most overdue deals, and a chart.
/// Periods: see <see cref="PipelinePeriod"/>; the default is this month.
/// </summary>
public sealed record ShowPipeline(PipelineScope Scope, PersonRef? Person, string? Period) : CommandBase
{
    public static CommandSpec Spec { get; } = new("pipeline.show", "pipeline", "漏斗", Bind, Role.Rep, "summary", "funnel", "汇总");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var scope = PipelineScope.Default;
        PersonRef? person = null;
        string? period = null;
        foreach (var word in ReportArgs.Words(input).Concat(input.Get("period") is { } p ? [p] : []))
        {
            if (ReportArgs.TryScope(word, ref scope, ref person, out var error))
            {
                if (error is not null)
                {
                    return error;
                }
            }
            else if (PipelinePeriod.IsValid(word))
            {
                period = word;
            }
            else
            {
                return BindResult.Fail("Error_BadPipelineArg", word);
            }
        }

        return new ShowPipeline(scope, person, period);
    }
}

public enum PipelineScope
{
    Default = 0,
    Me = 1,
    Person = 2,
    Team = 3,
    All = 4,
}
