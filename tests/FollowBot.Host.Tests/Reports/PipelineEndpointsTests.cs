using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;
using FollowBot.Core.Reports;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace FollowBot.Host.Tests.Reports;

/// <summary>
/// <c>pipeline</c> and <c>export</c> through the Playground of the real host on a real SQLite file, and the signed
/// links they hand out: served while valid, 404 once tampered with, expired, or pointing elsewhere.
/// </summary>
public abstract partial class PipelineEndpointsTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PipelineEndpointsTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PipelineEndpointsTests(TestProvider.Postgres);


    private async Task<FollowBotApp> TeamAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new FollowBotApp(Database, settings: settings);
        await app.SayAsync("admin", "help");
        await app.SayAsync("alice", "lead 星河电子 value=¥128000");
        await app.SayAsync("alice", "lead Acme value=5000");
        await app.SayAsync("bob", "lead Contoso value=$45000");
        await app.SayAsync("carol", "lead Fabrikam value=900");
        await app.SayAsync("mia", "help");
        await app.SayAsync("admin", "role @mia manager");
        await app.SayAsync("admin", "team @mia @alice @bob");
        await app.SayAsync("alice", "advance 1");
        app.Clock.Advance(TimeSpan.FromDays(7)); // every deadline has passed
        return app;
    }

    [Fact]
    public async Task The_pipeline_card_shows_the_figures_and_a_chart_the_playground_can_load()
    {
        await using var app = await TeamAsync();

        var reply = (await app.SayAsync("mia", "pipeline")).Single();

        reply.Text!.ShouldContain("3 open, 3 overdue");
        var card = reply.Card!.Value.GetRawText();
        card.ShouldContain("Pipeline — My team");
        card.ShouldContain("¥128,000");
        card.ShouldContain("$45,000");
        card.ShouldNotContain("Fabrikam");
        var chart = ImageUrl(reply.Card!.Value).ShouldNotBeNull();
        chart.ShouldStartWith("/charts/");

        var response = await app.CreateClient().GetAsync(chart);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        bitmap.Width.ShouldBe(1000);
    }

    [Fact]
    public async Task A_tampered_or_expired_chart_link_is_not_found()
    {
        await using var app = await TeamAsync();
        var chart = ImageUrl((await app.SayAsync("mia", "pipeline")).Single().Card!.Value)!;
        var client = app.CreateClient();
        var token = chart["/charts/".Length..^".png".Length];
        var tampered = "/charts/" + (token[0] == 'A' ? 'B' : 'A') + token[1..] + ".png";

        (await client.GetAsync(tampered)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/charts/nonsense.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(chart)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromDays(7));
        (await client.GetAsync(chart)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_validly_signed_link_for_another_workspace_or_a_scope_no_longer_allowed_is_not_found()
    {
        await using var app = await TeamAsync();
        var links = app.Services.GetRequiredService<ReportLinks>();
        var mia = await MemberAsync(app, "mia");
        var period = PipelinePeriod.Resolve(null, new DateOnly(2026, 12, 8), TimeZoneInfo.Utc)!;
        ReportLink Link(WorkspaceId workspace) =>
            new(ReportLinkKind.Chart, workspace, mia.Id, PipelineScope.Team, null, period, app.Clock.GetUtcNow(), "en", app.Clock.GetUtcNow().AddDays(1));
        var client = app.CreateClient();

        (await client.GetAsync(ReportLinks.PathOf(ReportLinkKind.Chart, links.Sign(Link(mia.WorkspaceId))))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(ReportLinks.PathOf(ReportLinkKind.Chart, links.Sign(Link(new WorkspaceId(Guid.CreateVersion7())))))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Mia stops being a manager: her team link closes with her role.
        await app.SayAsync("admin", "role @mia rep");
        (await client.GetAsync(ReportLinks.PathOf(ReportLinkKind.Chart, links.Sign(Link(mia.WorkspaceId))))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_a_public_base_url_the_chart_link_is_absolute()
    {
        await using var app = await TeamAsync(new() { ["FollowBot:PublicBaseUrl"] = "https://followbot.example.com" });

        var chart = ImageUrl((await app.SayAsync("admin", "pipeline all")).Single().Card!.Value)!;

        chart.ShouldStartWith("https://followbot.example.com/charts/");
        (await app.CreateClient().GetAsync(new Uri(chart).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // In chat the export is a signed link like the chart.
        var export = ExportLink().Match(await app.TextAsync("admin", "export all")).Value;
        export.ShouldStartWith("https://followbot.example.com/exports/");
        (await app.CreateClient().GetAsync(new Uri(export).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_stage_button_lists_that_stages_overdue_deals_and_a_rep_button_that_reps_pipeline()
    {
        await using var app = await TeamAsync();

        var stage = (await app.ClickAsync("mia", "deal.overdue", new { stage = "lead", scope = "team" })).Single();
        stage.Card!.Value.GetRawText().ShouldContain("Overdue in Lead");
        stage.Card!.Value.GetRawText().ShouldContain("Contoso");
        stage.Card!.Value.GetRawText().ShouldNotContain("星河电子"); // in quote now

        var rep = (await app.ClickAsync("mia", "pipeline.show", new { scope = "@bob", period = "2026-12" })).Single();
        rep.Text!.ShouldContain("bob");
        rep.Text!.ShouldContain("1 open, 1 overdue");
    }

    [Fact]
    public async Task Reps_get_their_own_pipeline_and_are_refused_the_team_and_everyone()
    {
        await using var app = await TeamAsync();

        (await app.TextAsync("alice", "pipeline")).ShouldContain("2 open");
        (await app.TextAsync("alice", "pipeline team")).ShouldContain("Reps can see their own pipeline");
        (await app.TextAsync("alice", "pipeline all")).ShouldContain("Reps can see their own pipeline");
        (await app.TextAsync("alice", "pipeline @bob")).ShouldContain("not in your team");
        (await app.TextAsync("mia", "pipeline @carol")).ShouldContain("not in your team");
        (await app.TextAsync("mia", "pipeline 2027-05")).ShouldContain("hasn't started yet");
    }

    [Fact]
    public async Task The_export_is_a_download_of_utf8_csv_with_a_byte_order_mark()
    {
        await using var app = await TeamAsync();

        var text = await app.TextAsync("mia", "export team");
        var url = ExportLink().Match(text).Value;
        url.ShouldStartWith("/exports/");

        var response = await app.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Number,Company,Contact,Phone,Email,Amount,Currency");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", lines));
        lines.Length.ShouldBe(4); // header and the team's three deals; carol's is not the team's
        lines.ShouldContain(l => l.StartsWith("1,星河电子,,,,128000,CNY,B,,Needs & quote,open,alice,alice,", StringComparison.Ordinal) && l.EndsWith(",yes,,2026-12-01 10:00,", StringComparison.Ordinal));

        app.Clock.Advance(TimeSpan.FromHours(2));
        (await app.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_chinese_reader_gets_chinese_column_names_and_a_chinese_card()
    {
        await using var app = await TeamAsync();
        await app.SayAsync("mia", "lang zh");

        var url = ExportLink().Match(await app.TextAsync("mia", "导出 团队")).Value;
        var csv = Encoding.UTF8.GetString((await app.CreateClient().GetByteArrayAsync(url))[3..]);
        csv.ShouldStartWith("编号,公司,联系人");
        csv.ShouldContain("需求与报价");

        var reply = (await app.SayAsync("mia", "漏斗 团队 本月")).Single();
        reply.Card!.Value.GetRawText().ShouldContain("按时跟进率");
        reply.Text!.ShouldContain("销售漏斗 — 我的团队");
    }

    [Fact]
    public async Task A_move_leaves_a_stage_exit_that_the_on_time_rate_counts()
    {
        await using var app = await TeamAsync();

        // Alice moved #1 within its deadline on day one; everything else is still in its first stage.
        var reply = (await app.SayAsync("admin", "pipeline all")).Single();
        reply.Text!.ShouldContain("on-time follow-up 100% (1/1)");
        reply.Text!.ShouldContain("completion —");

        await app.SayAsync("bob", "lost 3 budget");
        (await app.TextAsync("admin", "pipeline all")).ShouldContain("on-time follow-up 50% (1/2); completion 0% (0/1)");
    }


    private static string? ImageUrl(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Image").Select(e => e.GetProperty("url").GetString()).FirstOrDefault();

    private static async Task<Member> MemberAsync(FollowBotApp app, string user)
    {
        using var scope = app.Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<Core.Persistence.IWorkspaceStore>().FindByKeyAsync("playground", default);
        return (await scope.ServiceProvider.GetRequiredService<Core.Persistence.IMemberStore>().FindByExternalIdAsync(workspace!.Id, user, default))!;
    }

    [GeneratedRegex(@"(https?://[^/\s]+)?/exports/[A-Za-z0-9_.-]+\.csv")]
    private static partial Regex ExportLink();
}
