using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// The one check between a nudge's button and its command (product §6): when the deal has moved on since the nudge
/// was sent, the click is answered "out of date" and nothing runs. The commands themselves stay as they are.
/// </summary>
public sealed class NudgeFreshness(IDealStore deals)
{
    public async Task<CommandOutcome?> CheckAsync(IReadOnlyDictionary<string, string?> data, CommandContext context, CancellationToken cancellationToken)
    {
        if (!data.TryGetValue(NudgeTag.DataKey, out var tag) || string.IsNullOrEmpty(tag)
            || !data.TryGetValue("deal", out var number) || !int.TryParse(number?.TrimStart('#'), out var n))
        {
            return null;
        }

        var deal = await deals.GetByNumberAsync(context.Workspace.Id, n, cancellationToken);
        if (deal is null || !context.CanSee(deal) || !NudgeTag.IsOutOfDate(tag, deal))
        {
            return null;
        }

        var t = context.Text;
        var now = deal.IsOpen
            ? t.Format("FollowUps_NowIn", context.Pipeline.Find(deal.Stage)?.Name(t.Locale) ?? deal.Stage,
                deal.StageDueAt is { } due ? t.DateTime(due, context.ActorZone) : t["Due_None"])
            : t["Status_" + deal.Status];
        return CommandOutcome.Error(t.Format("FollowUps_OutOfDate", deal.Number, deal.Company, now));
    }
}
