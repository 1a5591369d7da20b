using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>Reports every problem of <c>FollowBot:Nudges</c> at once (house rule 6).</summary>
public sealed class NudgeOptionsValidator : IValidateOptions<NudgeOptions>
{
    public ValidateOptionsResult Validate(string? name, NudgeOptions options)
    {
        const string S = NudgeOptions.Section;
        var failures = new List<string>();
        Positive(failures, $"{S}:SweepInterval", options.SweepInterval);
        Positive(failures, $"{S}:RepeatEvery", options.RepeatEvery);
        Positive(failures, $"{S}:ClaimLease", options.ClaimLease);
        Positive(failures, $"{S}:RetryBackoff", options.RetryBackoff);
        if (options.EscalateAfter < TimeSpan.Zero)
        {
            failures.Add($"{S}:EscalateAfter must not be negative (got {options.EscalateAfter}).");
        }

        if (options.EscalateToChannelAfter < options.EscalateAfter)
        {
            failures.Add($"{S}:EscalateToChannelAfter ({options.EscalateToChannelAfter}) must not come before EscalateAfter ({options.EscalateAfter}): the channel is the last rung.");
        }

        AtLeast(failures, $"{S}:RepeatCap", options.RepeatCap, 0);
        AtLeast(failures, $"{S}:SnoozeLimit", options.SnoozeLimit, 0);
        AtLeast(failures, $"{S}:MaxNudgesPerDay", options.MaxNudgesPerDay, 1);
        AtLeast(failures, $"{S}:BatchSize", options.BatchSize, 1);
        AtLeast(failures, $"{S}:Parallelism", options.Parallelism, 1);
        AtLeast(failures, $"{S}:MaxAttempts", options.MaxAttempts, 1);
        if (options.ClaimLease <= options.SweepInterval)
        {
            failures.Add($"{S}:ClaimLease ({options.ClaimLease}) must be longer than SweepInterval ({options.SweepInterval}), or a slow sweep loses its claims to the next.");
        }

        for (var i = 0; i < options.TeamChannels.Count; i++)
        {
            var channel = options.TeamChannels[i];
            foreach (var (field, value) in new[] { ("Workspace", channel.Workspace), ("Channel", channel.Channel), ("Address", channel.Address) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"{S}:TeamChannels:{i}:{field} is required.");
                }
            }
        }

        foreach (var duplicate in options.TeamChannels.GroupBy(c => c.Workspace, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"{S}:TeamChannels names workspace '{duplicate.Key}' {duplicate.Count()} times; one team channel per workspace.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be positive (got {value}).");
        }
    }

    private static void AtLeast(List<string> failures, string key, int value, int min)
    {
        if (value < min)
        {
            failures.Add($"{key} must be at least {min} (got {value}).");
        }
    }
}
