using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Commands.Reports;

/// <summary>The scope words reports share (<c>me</c>, <c>team</c>, <c>all</c>, <c>@person</c>, and their Chinese forms).</summary>
internal static class ReportArgs
{
    /// <summary>The words of the line plus a card's <c>scope</c>, with "last 30d" joined into one word.</summary>
    public static List<string> Words(CommandInput input)
    {
        var words = input.Positional.Select(t => t.Value).Concat(input.Get("scope") is { } s ? [s] : []).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                words[i] += words[i + 1];
                words.RemoveAt(i + 1);
            }
        }

        return words;
    }

    /// <summary>True when <paramref name="word"/> is a scope; <paramref name="error"/> is set when it is a person that doesn't parse.</summary>
    public static bool TryScope(string word, ref PipelineScope scope, ref PersonRef? person, out BindResult? error)
    {
        error = null;
        switch (word.ToLowerInvariant())
        {
            case "me" or "mine" or "我" or "我的":
                scope = PipelineScope.Me;
                return true;
            case "team" or "团队":
                scope = PipelineScope.Team;
                return true;
            case "all" or "全部" or "所有":
                scope = PipelineScope.All;
                return true;
        }

        if (word.StartsWith('@') || word.StartsWith("<@", StringComparison.Ordinal) || word.StartsWith("<at>", StringComparison.Ordinal))
        {
            error = Args.Person(word, out person);
            scope = PipelineScope.Person;
            return true;
        }

        return false;
    }
}
