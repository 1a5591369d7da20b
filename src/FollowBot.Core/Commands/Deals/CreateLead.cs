using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>lead &lt;company&gt; [contact= phone= email= value= grade= source= owner= note=]</c> (线索). No company opens the form.</summary>
public sealed record CreateLead(
    string? Company,
    string? Contact = null,
    string? Phone = null,
    string? Email = null,
    Money? Value = null,
    Grade? Grade = null,
    string? Source = null,
    PersonRef? Owner = null,
    string? Note = null,
    bool FromForm = false) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.create", "lead", "线索", Bind, Role.Rep, "new", "新建", "新线索");

    private static readonly HashSet<string> Known = ["company", "contact", "phone", "email", "value", "grade", "source", "owner", "note"];

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (input.Named.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            // A silently dropped field would be a lost fact: say which key was not understood.
            return BindResult.Fail("Error_UnknownLeadField", unknown);
        }

        var company = input.Get("company") ?? NullIfEmpty(input.JoinPositional(0));
        if (Args.Money(input.Get("value"), context, out var value) is { } badValue)
        {
            return badValue;
        }

        if (Args.Grade(input.Get("grade"), out var grade) is { } badGrade)
        {
            return badGrade;
        }

        if (Args.Person(input.Get("owner"), out var owner) is { } badOwner)
        {
            return badOwner;
        }

        return new CreateLead(company, input.Get("contact"), input.Get("phone"), input.Get("email"), value, grade,
            input.Get("source"), owner, input.Get("note"), input.FromCard);
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

public sealed class CreateLeadHandler(IDealStore deals, DealAccess access, DealPresenter presenter) : ICommandHandler<CreateLead>
{
    public async Task<CommandOutcome> HandleAsync(CreateLead command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command.Company is null)
        {
            return command.FromForm
                ? CommandOutcome.FieldError("company", context.Text["Error_CompanyRequired"])
                : CommandOutcome.Card(CardId.LeadForm, presenter.LeadForm(context, null));
        }

        var owner = context.Actor;
        if (command.Owner is { } person)
        {
            var (found, refusal) = await access.FindPersonAsync(person, context, cancellationToken);
            if (found is null)
            {
                return refusal!;
            }

            if (found.Id != context.Actor.Id && !(context.Scope?.Contains(found.Id) ?? true))
            {
                return CommandOutcome.Error(context.Text.Format("Error_CannotAssignTo", found.DisplayName));
            }

            owner = found;
        }

        var now = context.Now;
        var first = context.Pipeline.First;
        var grade = command.Grade ?? Grade.B;
        var number = await deals.NextNumberAsync(context.Workspace.Id, cancellationToken);
        var deal = new Deal(context.Workspace.Id, number, command.Company, owner.Id,
            command.Value?.Currency ?? context.Workspace.DefaultCurrency, first, context.DueFor(first, grade, now), now);
        deal.SetContact(command.Contact, now);
        deal.SetPhone(command.Phone, now);
        deal.SetEmail(command.Email, now);
        deal.SetSource(command.Source, now);
        deal.SetGrade(grade, now);
        if (command.Value is { } value)
        {
            deal.SetValue(value, now);
        }

        var timeline = new List<TimelineEntry> { context.Entry(deal, TimelineKind.Created, command.Company) };
        if (command.Note is { } note)
        {
            timeline.Add(context.Entry(deal, TimelineKind.Note, note));
        }

        await deals.AddAsync(deal, timeline, cancellationToken);
        var due = deal.StageDueAt is { } d ? context.Text.DateTime(d, context.ActorZone) : context.Text["Due_None"];
        var text = context.Text.Format("Reply_LeadCreated", number, deal.Company, deal.Value is { } v ? context.Text.Money(v) : context.Text["Value_None"], due);
        return CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken), text);
    }
}
