using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Commands.Deals;

/// <summary><c>note &lt;deal&gt; &lt;text&gt;</c> (备注): a line on the timeline, kept verbatim.</summary>
public sealed record AddNote(int Deal, string Text) : CommandBase
{
    public static CommandSpec Spec { get; } = new("deal.note", "note", "备注", Bind, Role.Rep, "comment", "记录");

    private static BindResult Bind(CommandInput input, BindContext context)
    {
        if (Args.Deal(input, out var number) is { } bad)
        {
            return bad;
        }

        var text = input.Get("text") ?? input.Get("note") ?? input.RestAfter(1);
        return string.IsNullOrWhiteSpace(text) ? BindResult.Fail("Error_MissingNoteText") : new AddNote(number, text.Trim());
    }
}

public sealed class AddNoteHandler(DealAccess access) : ICommandHandler<AddNote>
{
    public async Task<CommandOutcome> HandleAsync(AddNote command, CommandContext context, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await access.LoadAsync(command.Deal, context, cancellationToken);
        if (deal is null)
        {
            return refusal!;
        }

        deal.Noted(context.Now);
        return await access.SaveAsync(deal, [context.Entry(deal, TimelineKind.Note, command.Text)], context, cancellationToken)
            ?? CommandOutcome.Ok(context.Text.Format("Reply_NoteAdded", deal.Number, deal.Company));
    }
}
