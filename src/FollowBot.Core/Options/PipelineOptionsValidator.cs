using FollowBot.Core.Domain;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.Options;

public sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var failures = new List<string>();
        if (options.Stages.Count == 0)
        {
            failures.Add("FollowBot:Pipeline:Stages needs at least one stage.");
        }

        foreach (var (key, stage) in options.Stages)
        {
            if (key is Pipeline.Won or Pipeline.Lost)
            {
                failures.Add($"FollowBot:Pipeline:Stages:{key} is a terminal stage and takes no deadline.");
            }

            if (stage.Sla is { } sla && sla <= TimeSpan.Zero)
            {
                failures.Add($"FollowBot:Pipeline:Stages:{key}:Sla must be positive (got {sla}).");
            }

            foreach (var (grade, sla2) in stage.Grades)
            {
                if (!Enum.TryParse<Grade>(grade, ignoreCase: true, out _))
                {
                    failures.Add($"FollowBot:Pipeline:Stages:{key}:Grades:{grade} is not a grade (A, B or C).");
                }

                if (sla2 <= TimeSpan.Zero)
                {
                    failures.Add($"FollowBot:Pipeline:Stages:{key}:Grades:{grade} must be positive (got {sla2}).");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
