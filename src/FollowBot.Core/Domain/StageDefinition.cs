using FollowBot.Core.Time;

namespace FollowBot.Core.Domain;

/// <summary>One step of the pipeline. Terminal stages (won, lost) have no deadline.</summary>
public sealed record StageDefinition(
    string Key,
    string NameEn,
    string NameZh,
    BusinessDuration? Sla,
    IReadOnlyDictionary<Grade, BusinessDuration> SlaByGrade,
    bool IsTerminal)
{
    public string Name(string locale) => locale == Locales.Chinese ? NameZh : NameEn;

    public BusinessDuration? SlaFor(Grade grade) =>
        IsTerminal ? null : SlaByGrade.TryGetValue(grade, out var d) ? d : Sla;
}
