namespace FollowBot.Core.Cards;

/// <summary>Card ids: the kebab-case file stems of <c>cards/&lt;channel&gt;/&lt;id&gt;.json</c> and <c>cards/samples/&lt;id&gt;.data.json</c>.</summary>
public static class CardId
{
    public const string Help = "help";
    public const string LeadForm = "lead-form";
    public const string Deal = "deal";
    public const string DealUpdateForm = "deal-update-form";
    public const string DealList = "deal-list";
    public const string Nudge = "nudge";
    public const string Escalation = "escalation";
    public const string Digest = "digest";
    public const string WeeklyReview = "weekly-review";
    public const string PipelineSummary = "pipeline-summary";

    public static IReadOnlyList<string> All { get; } = [Help, LeadForm, Deal, DealUpdateForm, DealList, Nudge, Escalation, Digest, WeeklyReview, PipelineSummary];
}
