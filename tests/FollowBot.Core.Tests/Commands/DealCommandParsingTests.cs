using FollowBot.Core.Commands;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Domain;
using static FollowBot.Core.Tests.Commands.ParserFixture;

namespace FollowBot.Core.Tests.Commands;

public class DealCommandParsingTests
{
    [Theory]
    [InlineData("lead Acme value=5万 grade=A")]
    [InlineData("线索 Acme 金额=5万 等级=A")]
    [InlineData("线索 Acme value：5万 grade:a")]
    [InlineData("LEAD Acme value=50,000 grade=Ａ")]
    public void Lead_binds_company_amount_and_grade_in_both_languages(string text)
    {
        var lead = Parse<CreateLead>(text);
        lead.Company.ShouldBe("Acme");
        lead.Value.ShouldBe(new Money(50000m, "CNY"));
        lead.Grade.ShouldBe(Grade.A);
    }

    [Fact]
    public void Lead_takes_quoted_values_and_multi_word_company()
    {
        var lead = Parse<CreateLead>("lead Acme Trading Co contact=\"Li Lei\" phone=13800000000 email=li@acme.cn source=展会 note=“先发 报价”");
        lead.Company.ShouldBe("Acme Trading Co");
        lead.Contact.ShouldBe("Li Lei");
        lead.Phone.ShouldBe("13800000000");
        lead.Email.ShouldBe("li@acme.cn");
        lead.Source.ShouldBe("展会");
        lead.Note.ShouldBe("先发 报价");
    }

    [Theory]
    [InlineData("lead Acme value=5000 USD", 5000, "USD")]
    [InlineData("lead Acme value=$5000", 5000, "USD")]
    [InlineData("lead Acme value=¥5000", 5000, "CNY")]
    [InlineData("lead Acme value=5k", 5000, "CNY")]
    [InlineData("lead Acme value=1.2m", 1200000, "CNY")]
    [InlineData("lead Acme value=5,000", 5000, "CNY")]
    public void Lead_reads_every_amount_form(string text, decimal amount, string currency) =>
        Parse<CreateLead>(text).Value.ShouldBe(new Money(amount, currency));

    [Fact]
    public void Lead_without_company_asks_for_the_form() => Parse<CreateLead>("lead").Company.ShouldBeNull();

    [Fact]
    public void Lead_with_bad_amount_says_so_with_usage()
    {
        var failed = Fail("lead Acme value=abc");
        failed.ErrorKey.ShouldBe("Error_bad_amount");
        failed.Spec!.WireName.ShouldBe("deal.create");
    }

    [Fact]
    public void Lead_owner_is_a_person_mention() =>
        Parse<CreateLead>("lead Acme owner=@bob").Owner.ShouldBe(new PersonRef(PersonRefKind.Name, "bob"));

    [Theory]
    [InlineData("show 12")]
    [InlineData("show #12")]
    [InlineData("查看 12")]
    [InlineData("查看#12")]
    [InlineData("查看 ＃12")]
    public void Show_reads_the_deal_number(string text) => Parse<ShowDeal>(text).Deal.ShouldBe(12);

    [Fact]
    public void Show_without_a_number_is_a_friendly_error() => Fail("show").ErrorKey.ShouldBe("Error_MissingDeal");

    [Fact]
    public void Show_with_a_word_is_a_bad_deal() => Fail("查看 abc").ErrorKey.ShouldBe("Error_bad_deal");

    [Theory]
    [InlineData("update 1 value=60000")]
    [InlineData("更新 1 金额=60000")]
    [InlineData("更新 #1 value：6万")]
    public void Update_reads_fields(string text)
    {
        var update = Parse<UpdateDeal>(text);
        update.Deal.ShouldBe(1);
        update.Value.ShouldBe(new Money(60000m, "CNY"));
    }

    [Fact]
    public void Update_with_no_keys_asks_for_the_form() => Parse<UpdateDeal>("update 3").IsEmpty.ShouldBeTrue();

    [Fact]
    public void Update_with_unknown_field_names_it() => Fail("update 3 colour=red").ErrorArgs.ShouldContain("colour");

    [Fact]
    public void Update_reads_stage_due_and_clears_empty_text_fields()
    {
        var update = Parse<UpdateDeal>("update 3 stage=quote due=2026-12-01 phone=");
        update.Stage.ShouldBe("quote");
        update.Due!.Date.ShouldBe(new DateOnly(2026, 12, 1));
        update.Text["phone"].ShouldBeNull();
    }

    [Theory]
    [InlineData("advance 1", null)]
    [InlineData("推进 1", null)]
    [InlineData("推进1", null)]
    [InlineData("advance #1 sent the quote: ¥5k", "sent the quote: ¥5k")]
    [InlineData("推进 1 已发报价", "已发报价")]
    public void Advance_takes_an_optional_note_verbatim(string text, string? note)
    {
        var advance = Parse<AdvanceDeal>(text);
        advance.Deal.ShouldBe(1);
        advance.Note.ShouldBe(note);
    }

    [Theory]
    [InlineData("note 1 called", "called")]
    [InlineData("备注 1 已电话沟通，周五回访", "已电话沟通，周五回访")]
    [InlineData("note 1 price=5k agreed at 10:30", "price=5k agreed at 10:30")]
    public void Note_keeps_the_text_verbatim(string text, string expected) => Parse<AddNote>(text).Text.ShouldBe(expected);

    [Fact]
    public void Note_without_text_is_a_friendly_error() => Fail("note 1").ErrorKey.ShouldBe("Error_MissingNoteText");

    [Theory]
    [InlineData("assign 1 @bob")]
    [InlineData("分配 1 @bob")]
    public void Assign_reads_deal_and_person(string text)
    {
        var assign = Parse<AssignDeal>(text);
        assign.Person.Value.ShouldBe("bob");
        assign.Stage.ShouldBeNull();
    }

    [Fact]
    public void Assign_reads_a_stage_and_teams_mentions()
    {
        var assign = Parse<AssignDeal>("assign 1 <at>Bob Li</at> stage=delivery");
        assign.Person.ShouldBe(new PersonRef(PersonRefKind.Name, "Bob Li"));
        assign.Stage.ShouldBe("delivery");
    }

    [Fact]
    public void Assign_reads_slack_mentions() =>
        Parse<AssignDeal>("assign 1 <@U123|bob>").Person.ShouldBe(new PersonRef(PersonRefKind.UserId, "U123"));

    [Theory]
    [InlineData("won 1")]
    [InlineData("赢单 1 签了")]
    public void Won_closes_with_optional_note(string text) => Parse<WinDeal>(text).Deal.ShouldBe(1);

    [Theory]
    [InlineData("lost 1 price too high", "price too high")]
    [InlineData("输单 1 价格太高", "价格太高")]
    public void Lost_requires_a_reason(string text, string reason) => Parse<LoseDeal>(text).Reason.ShouldBe(reason);

    [Fact]
    public void Lost_without_reason_is_a_friendly_error() => Fail("lost 1").ErrorKey.ShouldBe("Error_MissingLostReason");
}
