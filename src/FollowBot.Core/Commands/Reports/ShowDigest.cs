using FollowBot.Core.Cards;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Time;

namespace FollowBot.Core.Commands.Reports;

/// <summary><c>digest</c> (摘要): my digest now — overdue, due today, and at risk (due within one business day).</summary>
public sealed record ShowDigest : CommandBase
{
    public static CommandSpec Spec { get; } = new("digest.show", "digest", "摘要", Bind, Role.Rep, "today", "今日");

    private static BindResult Bind(CommandInput input, BindContext context) => new ShowDigest();
}

public sealed class ShowDigestHandler(IDealStore deals, DealPresenter presenter) : ICommandHandler<ShowDigest>
{
    public async Task<CommandOutcome> HandleAsync(ShowDigest command, CommandContext context, CancellationToken cancellationToken)
    {
        var horizon = context.Calendar.Add(context.Now, BusinessDuration.FromDays(1));
        var query = new DealQuery(context.Workspace.Id) { HeldBy = [context.Actor.Id], DueBefore = horizon, Limit = DealPresenter.ListLimit };
        var soon = await deals.QueryAsync(query, cancellationToken);
        var today = context.Today;
        var overdue = soon.Count(d => d.StageDueAt < context.Now);
        var dueToday = soon.Count(d => d.StageDueAt >= context.Now && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.StageDueAt!.Value, context.ActorZone).DateTime) == today);
        var atRisk = soon.Count - overdue - dueToday;
        var text = context.Text.Format("Reply_Digest", overdue, dueToday, atRisk);
        var view = await presenter.ListAsync(context.Text["List_Digest"], context.Text["List_DigestEmpty"], soon, context, cancellationToken);
        return CommandOutcome.Card(CardId.DealList, view, text);
    }
}
