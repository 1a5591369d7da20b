namespace FollowBot.Core.Options;

/// <summary>
/// Section <c>FollowBot:Pipeline</c>: stage deadlines as TimeSpans of business time — whole days are business
/// days, the rest business hours (<c>2.00:00:00</c> = 2 business days, <c>04:00:00</c> = 4 business hours).
/// </summary>
public sealed class PipelineOptions
{
    public const string Section = "FollowBot:Pipeline";

    /// <summary>The default stages of product §4, in order; configuration may change any SLA or name.</summary>
    public Dictionary<string, StageOptions> Stages { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lead"] = new() { Order = 1, Sla = TimeSpan.FromDays(2), Grades = { ["A"] = TimeSpan.FromDays(1), ["C"] = TimeSpan.FromDays(5) } },
        ["quote"] = new() { Order = 2, Sla = TimeSpan.FromDays(3) },
        ["contract"] = new() { Order = 3, Sla = TimeSpan.FromDays(5) },
        ["delivery"] = new() { Order = 4, Sla = TimeSpan.FromDays(10) },
        ["payment"] = new() { Order = 5, Sla = TimeSpan.FromDays(15) },
    };
}

public sealed class StageOptions
{
    public int Order { get; set; }

    public TimeSpan? Sla { get; set; }

    /// <summary>Per-grade deadlines (<c>A</c>, <c>B</c>, <c>C</c>) that replace <see cref="Sla"/> for that grade.</summary>
    public Dictionary<string, TimeSpan> Grades { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Overrides the built-in English name.</summary>
    public string? NameEn { get; set; }

    /// <summary>Overrides the built-in Chinese name.</summary>
    public string? NameZh { get; set; }
}
