using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// <c>pipeline [me|@person|team|all] [period]</c> (漏斗). This answers with open deals per stage (count, overdue)
/// for the scope; the KPI card with its chart and periods is the pipeline-summary issue.
/// </summary>
public sealed record ShowPipeline(PipelineScope Scope, PersonRef? Person, string? Period) : CommandBase
{
    public static CommandSpec Spec { get; } = new("pipeline.show", "pipeline", "漏斗", Bind, Role.Rep, "summary", "funnel", "汇总");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        var scope = PipelineScope.Default;
        PersonRef? person = null;
        string? period = null;
        var words = input.Positional.Select(t => t.Value).Concat(input.Get("scope") is { } s ? [s] : []).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // "last 30d" is one period written as two words.
            if (words[i].Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                words[i] += words[i + 1];
                words.RemoveAt(i + 1);
            }
        }

        foreach (var word in words)
        {
            switch (word.ToLowerInvariant())
            {
                case "me" or "mine" or "我" or "我的":
                    scope = PipelineScope.Me;
                    break;
                case "team" or "团队":
                    scope = PipelineScope.Team;
                    break;
                case "all" or "全部" or "所有":
                    scope = PipelineScope.All;
                    break;
                default:
                    if (PipelinePeriod.IsValid(word))
                    {
                        period = word;
                    }
                    else if (word.StartsWith('@') || word.StartsWith("<@", StringComparison.Ordinal) || word.StartsWith("<at>", StringComparison.Ordinal))
                    {
                        if (Args.Person(word, out person) is { } bad)
                        {
                            return bad;
                        }

                        scope = PipelineScope.Person;
                    }
                    else
                    {
                        return BindResult.Fail("Error_BadPipelineArg", word);
                    }

                    break;
            }
        }

        return new ShowPipeline(scope, person, period ?? input.Get("period"));
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
