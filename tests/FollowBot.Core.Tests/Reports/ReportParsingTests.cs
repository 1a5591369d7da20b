using FollowBot.Core.Commands.Reports;
using static FollowBot.Core.Tests.Commands.ParserFixture;

namespace FollowBot.Core.Tests.Reports;

public class ReportParsingTests
{
    [Theory]
    [InlineData("pipeline last month", PipelineScope.Default, "lastmonth")]
    [InlineData("漏斗 团队 上个月", PipelineScope.Team, "上个月")]
    [InlineData("pipeline all 2026-Q3", PipelineScope.All, "2026-Q3")]
    [InlineData("漏斗 全部 近30天", PipelineScope.All, "近30天")]
    public void Pipeline_takes_the_extended_periods(string text, PipelineScope scope, string period)
    {
        var pipeline = Parse<ShowPipeline>(text);
        (pipeline.Scope, pipeline.Period).ShouldBe((scope, period));
    }

    [Fact]
    public void A_rep_button_asks_for_that_rep_and_period()
    {
        var parsed = Parser.ParseAction("pipeline.show", new Dictionary<string, string?> { ["verb"] = "pipeline.show", ["scope"] = "@lina", ["period"] = "2026-11" }, Context);

        var pipeline = parsed.Command.ShouldBeOfType<ShowPipeline>();
        (pipeline.Scope, pipeline.Person!.Value.Value.TrimStart('@'), pipeline.Period).ShouldBe((PipelineScope.Person, "lina", "2026-11"));
    }

    [Theory]
    [InlineData("export", PipelineScope.Default, null)]
    [InlineData("导出 团队", PipelineScope.Team, null)]
    [InlineData("export all", PipelineScope.All, null)]
    [InlineData("export @bob", PipelineScope.Person, "bob")]
    public void Export_reads_a_scope(string text, PipelineScope scope, string? person)
    {
        var export = Parse<ExportDeals>(text);
        (export.Scope, export.Person?.Value.TrimStart('@')).ShouldBe((scope, person));
    }

    [Fact]
    public void Export_with_a_period_says_it_takes_a_scope() => Fail("export month").ErrorKey.ShouldBe("Error_BadExportArg");

    [Fact]
    public void A_stage_button_asks_for_the_overdue_deals_of_that_stage_in_the_same_scope()
    {
        var parsed = Parser.ParseAction("deal.overdue", new Dictionary<string, string?> { ["verb"] = "deal.overdue", ["stage"] = "quote", ["scope"] = "team" }, Context);

        parsed.Command.ShouldBe(new ListOverdue("quote", PipelineScope.Team));
    }

    [Theory]
    [InlineData("overdue", null, PipelineScope.Default)]
    [InlineData("逾期 合同", "合同", PipelineScope.Default)]
    [InlineData("overdue quote all", "quote", PipelineScope.All)]
    public void Overdue_takes_an_optional_stage_and_scope(string text, string? stage, PipelineScope scope) =>
        Parse<ListOverdue>(text).ShouldBe(new ListOverdue(stage, scope));

}
