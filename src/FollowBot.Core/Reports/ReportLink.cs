using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Reports;

/// <summary>
/// What a signed chart or export link stands for: who asked, for which scope and period, and until when. Opening
/// it checks the asker may still see that scope, then computes the figures afresh as they stood at <see cref="AsOf"/>.
/// </summary>
public sealed record ReportLink(
    ReportLinkKind Kind,
    WorkspaceId Workspace,
    MemberId Asker,
    PipelineScope Scope,
    MemberId? Person,
    ReportPeriod Period,
    DateTimeOffset AsOf,
    string Locale,
    DateTimeOffset ExpiresAt);

public enum ReportLinkKind
{
    Chart = 1,
    Export = 2,
}
