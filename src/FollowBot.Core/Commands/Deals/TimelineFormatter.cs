using FollowBot.Core.Domain;
using FollowBot.Core.Text;

namespace FollowBot.Core.Commands.Deals;

/// <summary>
/// Turns stored timeline entries into sentences in the reader's language: member ids become names, amounts and
/// instants are formatted for the reader's culture and clock, stage keys become stage names.
/// </summary>
public sealed class TimelineFormatter(Texts text, TimeZoneInfo zone, Pipeline pipeline, IReadOnlyDictionary<MemberId, string> names)
{
    public string Actor(TimelineEntry entry) =>
        entry.ActorId is { } id && names.TryGetValue(id, out var name) ? name : text["Timeline_FollowBot"];

    public string Describe(TimelineEntry entry) => entry.Kind switch
    {
        TimelineKind.Created => text["Timeline_Created"],
        TimelineKind.FieldChanged => text.Format("Timeline_FieldChanged", FieldName(entry.Field), Value(entry.Field, entry.Before), Value(entry.Field, entry.After)),
        TimelineKind.StageMoved => WithText(text.Format("Timeline_StageMoved", Stage(entry.Before), Stage(entry.After)), entry.Text),
        TimelineKind.Note => entry.Text ?? "",
        TimelineKind.Assigned => text.Format(entry.Field == "stageOwner" ? "Timeline_StageAssigned" : "Timeline_Assigned", entry.Text ?? Value("owner", entry.After)),
        TimelineKind.Snoozed => WithText(text.Format("Timeline_Snoozed", Value("due", entry.After)), entry.Text),
        TimelineKind.ReminderSet => WithText(text.Format("Timeline_ReminderSet", Value("due", entry.After)), entry.Text),
        TimelineKind.Nudged => WithText(text["Timeline_Nudged"], entry.Text),
        TimelineKind.Escalated => WithText(text["Timeline_Escalated"], entry.Text),
        TimelineKind.Won => WithText(text["Timeline_Won"], entry.Text),
        TimelineKind.Lost => WithText(text["Timeline_Lost"], entry.Text),
        _ => entry.Kind.ToString(),
    };

    public string When(TimelineEntry entry) => text.DateTime(entry.At, zone);

    private static string WithText(string sentence, string? extra) => string.IsNullOrWhiteSpace(extra) ? sentence : $"{sentence}: {extra}";

    private string FieldName(string? field) => field is null ? "" : text["Field_" + field];

    private string Stage(string? key) => key is not null && pipeline.Find(key) is { } s ? s.Name(text.Locale) : key ?? "—";

    private string Value(string? field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        return field switch
        {
            "value" when Money.TryParseInvariant(value) is { } money => text.Money(money),
            "due" or "followUp" when DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) => text.DateTime(at, zone),
            "owner" or "stageOwner" when Guid.TryParse(value, out var id) => names.GetValueOrDefault(new MemberId(id), "?"),
            "stage" => Stage(value),
            _ => value,
        };
    }
}
