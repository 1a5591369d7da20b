using FollowBot.Core.Time;

namespace FollowBot.Core.Domain;

/// <summary>The ordered stages of a workspace (product §4): open stages in order, then the terminal won and lost.</summary>
public sealed class Pipeline
{
    public const string Won = "won";
    public const string Lost = "lost";

    private readonly Dictionary<string, StageDefinition> _byKey;

    public Pipeline(IReadOnlyList<StageDefinition> stages)
    {
        if (stages.Count == 0 || stages[0].IsTerminal)
        {
            throw new ArgumentException("A pipeline needs at least one open stage first.", nameof(stages));
        }

        if (!stages.Any(s => s.Key == Won && s.IsTerminal) || !stages.Any(s => s.Key == Lost && s.IsTerminal))
        {
            throw new ArgumentException("A pipeline needs the terminal stages 'won' and 'lost'.", nameof(stages));
        }

        Stages = stages;
        _byKey = stages.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<StageDefinition> Stages { get; }

    public IEnumerable<StageDefinition> OpenStages => Stages.Where(s => !s.IsTerminal);

    public StageDefinition First => Stages[0];

    public StageDefinition Get(string key) =>
        _byKey.TryGetValue(key, out var s) ? s : throw new KeyNotFoundException($"Unknown stage '{key}'.");

    /// <summary>The stage after <paramref name="key"/>; from the last open stage that is <c>won</c>.</summary>
    public StageDefinition? Next(string key)
    {
        var open = OpenStages.ToList();
        var i = open.FindIndex(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            return null;
        }

        return i + 1 < open.Count ? open[i + 1] : Get(Won);
    }

    /// <summary>Finds a stage by key or by its English or Chinese name, as people type it.</summary>
    public StageDefinition? Find(string text)
    {
        var t = text.Trim();
        return _byKey.TryGetValue(t, out var s)
            ? s
            : Stages.FirstOrDefault(x =>
                string.Equals(x.NameEn, t, StringComparison.OrdinalIgnoreCase) || x.NameZh == t);
    }

    /// <summary>A copy with some deadlines replaced (an admin's <c>sla</c> settings).</summary>
    public Pipeline WithSla(IEnumerable<SlaSetting> settings)
    {
        var stages = Stages.ToList();
        foreach (var setting in settings)
        {
            var i = stages.FindIndex(s => string.Equals(s.Key, setting.Stage, StringComparison.OrdinalIgnoreCase));
            if (i < 0 || stages[i].IsTerminal)
            {
                continue;
            }

            stages[i] = setting.Grade is { } g
                ? stages[i] with { SlaByGrade = new Dictionary<Grade, BusinessDuration>(stages[i].SlaByGrade) { [g] = setting.Sla } }
                : stages[i] with { Sla = setting.Sla };
        }

        return new Pipeline(stages);
    }
}
