using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary>
/// <c>update &lt;deal&gt; key=value ...</c> (更新). Text fields given empty (<c>phone=</c>) are cleared. With no keys
/// it opens the update form.
/// </summary>
public sealed record UpdateDeal(int Deal, IReadOnlyDictionary<string, string?> Text, Money? Value, Grade? Grade, PersonRef? Owner, string? Stage, LocalMoment? Due, string? Note, bool FromForm)
    : CommandBase
{
    internal static readonly string[] TextFields = ["company", "contact", "phone", "email", "source"];
    private static readonly HashSet<string> Known = [.. TextFields, "deal", "value", "grade", "owner", "stage", "due", "note"];

    public static CommandSpec Spec { get; } = new("deal.update", "update", "更新", Bind, Role.Rep, "edit", "set", "修改");

    public bool IsEmpty => Text.Count == 0 && Value is null && Grade is null && Owner is null && Stage is null && Due is null && Note is null;

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } badDeal)
        {
            return badDeal;
        }

        if (input.Named.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            return BindResult.Fail("Error_UnknownField", unknown);
        }

        if (!input.FromCard && input.Positional.Count > 1)
        {
            return BindResult.Fail("Error_UpdateNeedsKeys", input.Positional[1].Text);
        }

        var text = TextFields.Where(input.Has).ToDictionary(f => f, f => input.Get(f));
        if (text.TryGetValue("company", out var company) && company is null)
        {
            return BindResult.Fail("Error_CompanyRequired");
        }

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

        LocalMoment? due = null;
        if (input.Get("due") is { } dueText)
        {
            var parts = dueText.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (Args.When(parts[0], parts.ElementAtOrDefault(1), context, out due, out _) is { } badDue)
            {
                return badDue;
            }
        }

        return new UpdateDeal(number, text, value, grade, owner, input.Get("stage"), due, input.Get("note"), input.FromCard);
    }
}

public sealed class UpdateDealHandler(DealAccess access, DealPresenter presenter) : ICommandHandler<UpdateDeal>
{
    public async Task<CommandOutcome> HandleAsync(UpdateDeal command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadOpenAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        // Typed `update 12` and the card's Edit button (verb and deal only) both open the form.
        if (command.IsEmpty)
        {
            return CommandOutcome.Card(CardId.DealUpdateForm, await presenter.UpdateFormAsync(deal, context, cancellationToken));
        }

        var changes = new UpdateDealChanges(deal, context, access);
        if (await changes.ApplyAsync(command, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (changes.Timeline.Count == 0)
        {
            return CommandOutcome.Ok(context.Text.Format("Reply_NothingChanged", deal.Number));
        }

        return await access.SaveAsync(deal, changes.Timeline, context, cancellationToken)
            ?? CommandOutcome.Card(CardId.Deal, await presenter.DealAsync(deal, context, cancellationToken),
                context.Text.Format("Reply_Updated", deal.Number, deal.Company, string.Join(", ", changes.Fields.Select(f => context.Text["Field_" + f]))));
    }
}
