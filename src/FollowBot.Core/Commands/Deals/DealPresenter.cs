using FollowBot.Core.Cards;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Deals;

/// <summary>
/// Builds the card views from domain objects: every string display-ready in the reader's language and clock
/// (house rule 8: cards are data plus template, and the data is already what a person reads).
/// </summary>
public sealed class DealPresenter(IDealStore deals, IMemberStore members)
{
    /// <summary>Lists stop here so a card stays small and readable on a phone.</summary>
    public const int ListLimit = 25;

    private const int TimelineLength = 10;

    public async Task<DealView> DealAsync(Deal deal, CommandContext context, CancellationToken cancellationToken)
    {
        var timeline = await deals.TimelineAsync(context.Workspace.Id, deal.Id, TimelineLength, cancellationToken);
        var ids = timeline.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value)
            .Concat(timeline.Select(e => OwnerId(e.Before)).Concat(timeline.Select(e => OwnerId(e.After))).OfType<MemberId>())
            .Append(deal.OwnerId).Append(deal.StageOwnerId).ToHashSet();
        var names = await NamesAsync(ids, context, cancellationToken);
        var t = context.Text;
        var formatter = new TimelineFormatter(t, context.ActorZone, context.Pipeline, names);
        return new DealView
        {
            Number = deal.Number,
            Company = deal.Company,
            StageName = context.Pipeline.Find(deal.Stage)?.Name(t.Locale) ?? deal.Stage,
            Status = t["Status_" + deal.Status],
            IsOpen = deal.IsOpen,
            Owner = names.GetValueOrDefault(deal.OwnerId, "?"),
            StageOwner = names.GetValueOrDefault(deal.StageOwnerId, "?"),
            Amount = deal.Value is { } v ? t.Money(v) : null,
            Grade = deal.Grade.ToString(),
            Contact = deal.ContactName,
            Phone = deal.Phone,
            Email = deal.Email,
            Source = deal.Source,
            Due = deal.IsOpen && deal.StageDueAt is { } due ? t.DateTime(due, context.ActorZone) : null,
            Overdue = deal.IsOverdue(context.Now),
            NextFollowUp = deal.NextFollowUpAt is { } next ? t.DateTime(next, context.ActorZone) : null,
            NextFollowUpNote = deal.NextFollowUpNote,
            Timeline = timeline.Select(e => new DealTimelineItem(formatter.When(e), formatter.Actor(e), formatter.Describe(e))).ToList(),
        };
    }

    public async Task<DealListView> ListAsync(string title, string emptyText, IReadOnlyList<Deal> found, CommandContext context, CancellationToken cancellationToken)
    {
        var shown = found.Take(ListLimit).ToList();
        var names = await NamesAsync(shown.Select(d => d.OwnerId).ToHashSet(), context, cancellationToken);
        var t = context.Text;
        var items = shown.Select(d => new DealListItem
        {
            Number = d.Number,
            Company = d.Company,
            StageName = context.Pipeline.Find(d.Stage)?.Name(t.Locale) ?? d.Stage,
            Owner = names.GetValueOrDefault(d.OwnerId, "?"),
            Due = d.IsOpen && d.StageDueAt is { } due ? t.DateTime(due, context.ActorZone) : t["Status_" + d.Status],
            Overdue = d.IsOverdue(context.Now),
            Amount = d.Value is { } v ? t.Money(v) : null,
        }).ToList();
        return new DealListView(title, items, emptyText);
    }

    public LeadFormView LeadForm(CommandContext context, string? error) => new() { Error = error };

    public Task<DealUpdateFormView> UpdateFormAsync(Deal deal, CommandContext context, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return Task.FromResult(new DealUpdateFormView
        {
            Number = deal.Number,
            Company = deal.Company,
            Contact = deal.ContactName ?? "",
            Phone = deal.Phone ?? "",
            Email = deal.Email ?? "",
            Value = deal.Value is { } v ? $"{v.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {v.Currency}" : "",
            Grade = deal.Grade.ToString(),
            Source = deal.Source ?? "",
            Due = deal.StageDueAt is { } due ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, context.ActorZone).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "",
        });
    }

    public HelpView Help(CommandCatalog catalog, CommandContext context)
    {
        var t = context.Text;
        var commands = catalog.Specs.Select(s => new HelpCommandItem(t[s.UsageKey], s.Alias, t[s.HelpKey])).ToList();
        return new HelpView(t["Help_Title"], t["Help_Intro"], commands);
    }

    /// <summary>A short text form of a deal for replies that also carry the card.</summary>
    public string Summary(Deal deal, CommandContext context)
    {
        var t = context.Text;
        var stage = context.Pipeline.Find(deal.Stage)?.Name(t.Locale) ?? deal.Stage;
        var due = deal.IsOpen && deal.StageDueAt is { } d ? t.DateTime(d, context.ActorZone) : t["Status_" + deal.Status];
        return t.Format("Reply_DealSummary", deal.Number, deal.Company, stage, due);
    }

    private static MemberId? OwnerId(string? value) => Guid.TryParse(value, out var id) ? new MemberId(id) : null;

    private async Task<Dictionary<MemberId, string>> NamesAsync(IReadOnlyCollection<MemberId> ids, CommandContext context, CancellationToken cancellationToken)
    {
        // The asker is loaded already, and most lists (mine, a rep's overdue) name nobody else: no query for them.
        var others = ids.Where(id => id != context.Actor.Id).ToList();
        var names = others.Count == 0
            ? []
            : (await members.GetManyAsync(context.Workspace.Id, others, cancellationToken)).ToDictionary(m => m.Id, m => m.DisplayName);
        if (ids.Contains(context.Actor.Id))
        {
            names[context.Actor.Id] = context.Actor.DisplayName;
        }

        return names;
    }
}
