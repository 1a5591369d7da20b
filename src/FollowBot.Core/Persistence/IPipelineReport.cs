using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>
/// The manager's figures (product §7), computed by the database in grouped queries over indexed columns: no
/// deal is loaded to count or sum it. The export streams deals one by one, so memory stays flat at any size.
/// </summary>
public interface IPipelineReport
{
    Task<PipelineFigures> SummarizeAsync(PipelineQuery query, CancellationToken cancellationToken);

    /// <summary>Every deal in scope, open or closed, by number, read as the caller goes (no list is built).</summary>
    IAsyncEnumerable<Deal> ExportAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId>? heldBy, CancellationToken cancellationToken);
}

/// <summary>
/// One scope and period. Stage figures are the pipeline as it stood at <see cref="AsOf"/> (the end of the period,
/// or now for the current one); exits and closes count when they happened in [<see cref="From"/>, <see cref="To"/>).
/// </summary>
/// <param name="HeldBy">Deals owned, or whose stage is owned, by one of these members; null for the whole workspace.</param>
public sealed record PipelineQuery(
    WorkspaceId Workspace,
    IReadOnlyCollection<MemberId>? HeldBy,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset AsOf)
{
    /// <summary>
    /// True when <see cref="AsOf"/> is now: every open deal entered its stage before it and no exit is yet to
    /// come, so the stage figures read the open deals alone (the fast path of the live card).
    /// </summary>
    public bool Live { get; init; }

    public int MostOverdue { get; init; } = 5;

    public int Reps { get; init; } = 5;
}

public sealed record PipelineFigures(
    IReadOnlyList<StageFigures> Stages,
    ExitFigures Exits,
    int Won,
    int Lost,
    IReadOnlyList<OverdueDeal> MostOverdue,
    IReadOnlyList<RepFigures> Reps);

/// <summary>Open deals in one stage at the report instant; <paramref name="AgeSeconds"/> is their summed time in the stage.</summary>
public sealed record StageFigures(string Stage, int Count, int Overdue, long AgeSeconds, IReadOnlyList<Money> Totals);

/// <summary>Stage exits in the period: all, those whose stage had a deadline, and those at or before it.</summary>
public sealed record ExitFigures(int All, int WithDeadline, int OnTime);

public sealed record OverdueDeal(int Number, string Company, string Stage, MemberId Owner, DateTimeOffset DueAt, Money? Value);

/// <summary>A deal owner's open and overdue deals at the report instant, most overdue first.</summary>
public sealed record RepFigures(MemberId Member, int Open, int Overdue);
