using FollowBot.Core.Commands.Admin;
using FollowBot.Core.Commands.FollowUps;
using FollowBot.Core.Commands.Help;
using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;
using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Commands.ParserFixture;

namespace FollowBot.Core.Tests.Commands;

public class FollowUpAndReportParsingTests
{
    [Theory]
    [InlineData("remind 1 tomorrow 回访", 2026, 11, 26, "回访")]
    [InlineData("提醒 1 明天 回访", 2026, 11, 26, "回访")]
    [InlineData("remind 1 2026-12-01 collect payment", 2026, 12, 1, "collect payment")]
    [InlineData("提醒 1 周五 回款", 2026, 11, 27, "回款")]
    [InlineData("remind 1 mon", 2026, 11, 30, null)]
    public void Remind_reads_a_date_and_optional_text(string text, int y, int m, int d, string? note)
    {
        var remind = Parse<SetReminder>(text);
        remind.When.Date.ShouldBe(new DateOnly(y, m, d));
        remind.Text.ShouldBe(note);
    }

    [Fact]
    public void Remind_reads_a_time_of_day_after_the_date()
    {
        var remind = Parse<SetReminder>("remind 1 tomorrow 10:30 call back");
        remind.When.Time.ShouldBe(new TimeOnly(10, 30));
        remind.Text.ShouldBe("call back");
    }

    [Fact]
    public void Remind_reads_a_span_from_now() =>
        Parse<SetReminder>("提醒 1 2h 回电").When.FromNow.ShouldBe(BusinessDuration.FromHours(2));

    [Fact]
    public void Remind_with_a_bad_date_says_so() => Fail("remind 1 someday").ErrorKey.ShouldBe("Error_bad_date");

    [Theory]
    [InlineData("snooze 1 2d waiting for budget", 2, 0, "waiting for budget")]
    [InlineData("暂缓 1 2天 客户出差", 2, 0, "客户出差")]
    [InlineData("snooze 1 4h", 0, 4, null)]
    [InlineData("暂缓 1 4小时", 0, 4, null)]
    [InlineData("snooze 1 1w", 5, 0, null)]
    [InlineData("snooze 1 30m", 0, 0.5, null)]
    public void Snooze_reads_a_duration_and_reason(string text, int days, double hours, string? reason)
    {
        var snooze = Parse<SnoozeDeal>(text);
        snooze.Duration.ShouldBe(new BusinessDuration(days, TimeSpan.FromHours(hours)));
        snooze.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Snooze_with_a_bad_duration_says_so() => Fail("snooze 1 soon").ErrorKey.ShouldBe("Error_bad_duration");

    [Theory]
    [InlineData("mine")]
    [InlineData("我的")]
    public void Mine_takes_no_arguments(string text) => Parse<ListMine>(text).ShouldNotBeNull();

    [Theory]
    [InlineData("overdue")]
    [InlineData("逾期")]
    public void Overdue_takes_no_arguments(string text) => Parse<ListOverdue>(text).ShouldNotBeNull();

    [Theory]
    [InlineData("find Acme", "Acme")]
    [InlineData("搜索 华为 技术", "华为 技术")]
    public void Find_takes_the_rest_as_text(string text, string expected) => Parse<FindDeals>(text).Text.ShouldBe(expected);

    [Theory]
    [InlineData("digest")]
    [InlineData("摘要")]
    public void Digest_takes_no_arguments(string text) => Parse<ShowDigest>(text).ShouldNotBeNull();

    [Theory]
    [InlineData("pipeline", PipelineScope.Default, null)]
    [InlineData("漏斗 team month", PipelineScope.Team, "month")]
    [InlineData("pipeline all 2026-11", PipelineScope.All, "2026-11")]
    [InlineData("pipeline me last 30d", PipelineScope.Me, "last30d")]
    [InlineData("漏斗 @bob quarter", PipelineScope.Person, "quarter")]
    public void Pipeline_reads_scope_and_period(string text, PipelineScope scope, string? period)
    {
        var pipeline = Parse<ShowPipeline>(text);
        pipeline.Scope.ShouldBe(scope);
        pipeline.Period.ShouldBe(period);
    }

    [Fact]
    public void Pipeline_with_an_unknown_word_says_so() => Fail("pipeline everything").ErrorKey.ShouldBe("Error_BadPipelineArg");

    [Theory]
    [InlineData("sla")]
    [InlineData("时限")]
    public void Sla_without_arguments_shows(string text) => Parse<SetSla>(text).Stage.ShouldBeNull();

    [Theory]
    [InlineData("sla quote 4d grade=A")]
    [InlineData("时限 quote 4天 等级=A")]
    public void Sla_sets_a_stage_deadline(string text)
    {
        var sla = Parse<SetSla>(text);
        sla.Stage.ShouldBe("quote");
        sla.Duration.ShouldBe(BusinessDuration.FromDays(4));
        sla.Grade.ShouldBe(Grade.A);
    }

    [Theory]
    [InlineData("role @bob manager", Role.Manager)]
    [InlineData("角色 @bob 经理", Role.Manager)]
    [InlineData("role @bob admin", Role.Admin)]
    [InlineData("角色 @bob 销售", Role.Rep)]
    public void Role_reads_person_and_role(string text, Role role) => Parse<SetRole>(text).Role.ShouldBe(role);

    [Fact]
    public void Role_with_an_unknown_role_says_so() => Fail("role @bob boss").ErrorKey.ShouldBe("Error_BadRole");

    [Theory]
    [InlineData("team @lee @alice @bob")]
    [InlineData("团队 @lee @alice @bob")]
    public void Team_reads_manager_and_reports(string text)
    {
        var team = Parse<SetTeam>(text);
        team.Manager.Value.ShouldBe("lee");
        team.Reports.Select(r => r.Value).ShouldBe(["alice", "bob"]);
    }

    [Theory]
    [InlineData("lang zh", Locales.Chinese)]
    [InlineData("语言 中文", Locales.Chinese)]
    [InlineData("lang en", Locales.English)]
    [InlineData("语言 英文", Locales.English)]
    public void Lang_switches_language(string text, string locale) => Parse<SetLanguage>(text).Locale.ShouldBe(locale);

    [Fact]
    public void Lang_with_an_unknown_language_says_so() => Fail("lang fr").ErrorKey.ShouldBe("Error_BadLanguage");

    [Theory]
    [InlineData("help", null)]
    [InlineData("帮助", null)]
    [InlineData("help snooze", "snooze")]
    [InlineData("帮助 暂缓", "暂缓")]
    public void Help_takes_an_optional_topic(string text, string? topic) => Parse<ShowHelp>(text).Topic.ShouldBe(topic);

    [Theory]
    [InlineData("dance")]
    [InlineData("跳舞 1")]
    public void Unknown_verbs_are_named_in_the_error(string text) => Fail(text).ErrorKey.ShouldBe("Error_UnknownCommand");

    [Fact]
    public void Every_verb_and_alias_is_unique_and_has_help_and_usage_in_both_languages()
    {
        foreach (var spec in Catalog.Specs)
        {
            Core.Text.Texts.English.Has(spec.UsageKey).ShouldBeTrue(spec.UsageKey);
            Core.Text.Texts.Chinese.IsTranslated(spec.HelpKey).ShouldBeTrue(spec.HelpKey);
            Core.Text.Texts.Chinese[spec.UsageKey].ShouldNotBe(Core.Text.Texts.English[spec.UsageKey]);
        }
    }
}
