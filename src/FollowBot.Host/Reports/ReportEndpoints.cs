using FollowBot.Core.Reports;
using Microsoft.Net.Http.Headers;

namespace FollowBot.Host.Reports;

/// <summary>
/// <c>GET /charts/&lt;token&gt;.png</c> and <c>GET /exports/&lt;token&gt;.csv</c>: signed links, no login. A token that
/// is malformed, tampered with, expired, of another workspace, or whose asker may no longer see that scope is a 404
/// like any unknown address (a stranger learns nothing).
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapFollowBotReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/{token}.png", ChartAsync);
        app.MapGet("/exports/{token}.csv", ExportAsync);
        return app;
    }

    private static async Task<IResult> ChartAsync(string token, ReportLinkOpener opener, PipelineChartRenderer renderer, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await opener.ChartAsync(token, renderer.CanDrawChinese, cancellationToken) is not { } chart)
        {
            return Results.NotFound();
        }

        // The figures are those of a past instant and the link is personal: cacheable, but only by the reader.
        response.Headers.CacheControl = "private, max-age=300";
        return Results.File(renderer.RenderPng(chart), "image/png");
    }

    private static async Task ExportAsync(string token, ReportLinkOpener opener, DealCsvWriter writer, HttpContext context, CancellationToken cancellationToken)
    {
        if (await opener.ExportAsync(token, cancellationToken) is not { } export)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var file = $"followbot-{export.Scope.Argument.TrimStart('@')}-{export.Link.AsOf:yyyyMMdd-HHmm}.csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = file }.ToString();
        context.Response.Headers.CacheControl = "no-store";
        await writer.WriteAsync(export, context.Response.Body, cancellationToken);
    }
}
