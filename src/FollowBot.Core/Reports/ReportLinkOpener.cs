using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;
using FollowBot.Core.Time;

namespace FollowBot.Core.Reports;

/// <summary>
/// Opens a signed link for the host: the token must verify, its workspace and asker must still exist, and the asker
/// must still be allowed that scope. Anything else is null, which the host answers as 404 (nothing to tell a stranger).
/// </summary>
public sealed class ReportLinkOpener(
    ReportLinks links, IWorkspaceStore workspaces, IMemberStore members, ReportScopes scopes, PipelineReporter reporter, WorkspaceSettings settings)
{
    /// <summary>The chart a link stands for; with <paramref name="canDrawChinese"/> false (no CJK font) its words are English.</summary>
    public async Task<PipelineChart?> ChartAsync(string token, bool canDrawChinese, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, ReportLinkKind.Chart, cancellationToken) is not { } opened)
        {
            return null;
        }

        var summary = await reporter.SummarizeAsync(opened.Workspace, opened.Scope, opened.Link.Period, opened.Link.AsOf, live: false, settings.Pipeline, cancellationToken);
        return PipelineSummaryPresenter.Chart(summary, canDrawChinese ? opened.Text : Texts.English, opened.Zone);
    }

    public Task<OpenedReport?> ExportAsync(string token, CancellationToken cancellationToken) =>
        OpenAsync(token, ReportLinkKind.Export, cancellationToken);

    private async Task<OpenedReport?> OpenAsync(string token, ReportLinkKind kind, CancellationToken cancellationToken)
    {
        if (links.Verify(token, kind) is not { } link
            || await workspaces.GetAsync(link.Workspace, cancellationToken) is not { } workspace
            || await members.GetAsync(workspace.Id, link.Asker, cancellationToken) is not { } asker)
        {
            return null;
        }

        var person = link.Person is { } id ? await members.GetAsync(workspace.Id, id, cancellationToken) : null;
        if (link.Person is not null && person is null)
        {
            return null;
        }

        var text = Texts.For(link.Locale);
        var (scope, _) = await scopes.ResolveAsync(link.Scope, person, asker, workspace, text, cancellationToken);
        return scope is null ? null : new OpenedReport(link, workspace, scope, text, TimeZones.FindOrUtc(asker.TimeZone), settings.Pipeline);
    }
}

/// <summary>A verified link with what it may show: the workspace, the scope checked again now, the reader's language and clock.</summary>
public sealed record OpenedReport(ReportLink Link, Workspace Workspace, ReportScope Scope, Texts Text, TimeZoneInfo Zone, Pipeline Pipeline);
