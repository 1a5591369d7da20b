using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary>Applies an <see cref="UpdateDeal"/> field by field, collecting the timeline, or stops at the first refusal.</summary>
internal sealed class UpdateDealChanges(Deal deal, CommandContext context, DealAccess access)
{
    public List<TimelineEntry> Timeline { get; } = [];

    public List<string> Fields { get; } = [];

    public async Task<CommandOutcome?> ApplyAsync(UpdateDeal command, CancellationToken cancellationToken)
    {
        var now = context.Now;
        foreach (var (field, value) in command.Text)
        {
            Record(field switch
            {
                "company" => deal.SetCompany(value!, now),
                "contact" => deal.SetContact(value, now),
                "phone" => deal.SetPhone(value, now),
                "email" => deal.SetEmail(value, now),
                _ => deal.SetSource(value, now),
            });
        }

        if (command.Value is { } money)
        {
            Record(deal.SetValue(money, now));
        }

        if (command.Grade is { } grade && deal.SetGrade(grade, now) is { } gradeChange)
        {
            Record(gradeChange);
            deal.RecomputeDue(context.DueFor(context.Pipeline.Get(deal.Stage), grade, deal.StageEnteredAt), now);
        }

        if (command.Owner is { } person && await OwnerAsync(person, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (command.Stage is { } stageText && Stage(stageText) is { } badStage)
        {
            return badStage;
        }

        if (command.Due is { } due)
        {
            Record(deal.SetDue(due.Resolve(context), now));
        }

        if (command.Note is { } note)
        {
            Timeline.Add(context.Entry(deal, TimelineKind.Note, note));
            Fields.Add("note");
        }

        return null;
    }

    private async Task<CommandOutcome?> OwnerAsync(Parsing.PersonRef person, CancellationToken cancellationToken)
    {
        var (member, refusal) = await access.FindPersonAsync(person, context, cancellationToken);
        if (member is null)
        {
            return refusal;
        }

        // Handing a deal to someone else is assigning: a manager's or an admin's call (product §5).
        if (member.Id != deal.OwnerId && (context.Actor.Role == Role.Rep || !(context.Scope?.Contains(member.Id) ?? true)))
        {
            return CommandOutcome.Error(context.Text.Format("Error_CannotAssignTo", member.DisplayName));
        }

        if (deal.SetOwner(member.Id, context.Now) is { } change)
        {
            Timeline.Add(context.Entry(deal, TimelineKind.Assigned, member.DisplayName, change));
            Fields.Add("owner");
        }

        return null;
    }

    private CommandOutcome? Stage(string text)
    {
        var stage = context.Pipeline.Find(text);
        if (stage is null || stage.IsTerminal)
        {
            var names = string.Join(", ", context.Pipeline.OpenStages.Select(s => s.Key));
            return CommandOutcome.Error(context.Text.Format("Error_UnknownStage", text, names));
        }

        if (stage.Key != deal.Stage)
        {
            var from = deal.Stage;
            deal.MoveTo(stage, context.DueFor(stage, deal.Grade, context.Now), context.Now);
            Timeline.Add(context.Entry(deal, TimelineKind.StageMoved, null, new FieldChange("stage", from, stage.Key)));
            Fields.Add("stage");
        }

        return null;
    }

    private void Record(FieldChange? change)
    {
        if (change is null)
        {
            return;
        }

        Timeline.Add(context.Entry(deal, TimelineKind.FieldChanged, null, change));
        Fields.Add(change.Field);
    }
}
