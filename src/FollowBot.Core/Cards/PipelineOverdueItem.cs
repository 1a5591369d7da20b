namespace FollowBot.Core.Cards;

/// <param name="Late">"5 days overdue" in the reader's language.</param>
public sealed record PipelineOverdueItem(int Number, string Company, string StageName, string Owner, string Late);
