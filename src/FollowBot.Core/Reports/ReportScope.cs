using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Reports;

/// <summary>
/// Whose deals a report covers, already checked against the asker's role: <see cref="HeldBy"/> is null for the
/// whole workspace. <see cref="Argument"/> asks for the same scope again (<c>team</c>, <c>@bob</c>) from a button.
/// </summary>
public sealed record ReportScope(PipelineScope Kind, IReadOnlyCollection<MemberId>? HeldBy, string Title, string Argument)
{
    /// <summary>The one member a personal report is about (me or @person); null for a team or the workspace.</summary>
    public MemberId? Person { get; init; }

    public bool IsPersonal => Person is not null;
}
