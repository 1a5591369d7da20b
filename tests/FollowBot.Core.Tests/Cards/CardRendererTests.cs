using System.Globalization;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

public class CardRendererTests
{
    private static readonly CardRenderer Renderer = new(DirectoryCardTemplateSource.Default("teams"));

    [Fact]
    public void Render_binds_view_data_and_the_cultures_labels()
    {
        var card = Renderer.Render(CardId.Deal, SampleDeal(), CultureInfo.GetCultureInfo("zh-Hans"));

        var text = CardFiles.Text(card);
        text.ShouldContain("#42 Acme");
        text.ShouldContain("跟进记录");
        text.ShouldContain("\"deal\":42");
        text.ShouldNotContain("${");
    }

    [Fact]
    public void Null_view_fields_are_left_out_and_their_elements_hidden()
    {
        var card = Renderer.Render(CardId.Deal, SampleDeal() with { Amount = null, Contact = null, Timeline = [] }, CultureInfo.InvariantCulture);

        var facts = CardFiles.Descendants(card).Single(e => (string?)e["type"] == "FactSet")["facts"]!.AsArray();
        facts.Select(f => (string)f!["title"]!).ShouldBe(["Owner", "Stage owner", "Due"]);
        CardFiles.Text(card).ShouldNotContain("Timeline");
    }

    [Fact]
    public void Closed_deals_have_no_buttons()
    {
        var card = Renderer.Render(CardId.Deal, SampleDeal() with { IsOpen = false, Status = "Won" }, CultureInfo.InvariantCulture);

        CardFiles.Descendants(card).ShouldNotContain(e => ((string?)e["type"] ?? "").StartsWith("Action", StringComparison.Ordinal));
    }

    [Fact]
    public void Overdue_deals_show_the_highlight_instead_of_the_due_fact()
    {
        var card = Renderer.Render(CardId.Deal, SampleDeal() with { Overdue = true }, CultureInfo.InvariantCulture);

        CardFiles.Descendants(card).ShouldContain(e => (string?)e["style"] == "attention");
        CardFiles.Descendants(card).Single(e => (string?)e["type"] == "FactSet")["facts"]!.AsArray()
            .ShouldNotContain(f => (string)f!["title"]! == "Due");
    }

    [Fact]
    public void An_empty_list_shows_the_callers_text_or_the_generic_label()
    {
        var own = Renderer.Render(CardId.DealList, new DealListView("Overdue", [], "Nothing overdue. Nice work!"), CultureInfo.InvariantCulture);
        var generic = Renderer.Render(CardId.DealList, new DealListView("搜索结果", []), CultureInfo.GetCultureInfo("zh-Hans"));

        CardFiles.Text(own).ShouldContain("Nothing overdue. Nice work!");
        CardFiles.Text(generic).ShouldContain("暂无记录。");
    }

    [Fact]
    public void A_list_of_25_deals_stays_well_under_28_KB()
    {
        var items = Enumerable.Range(1, 25).Select(i => new DealListItem
        {
            Number = 1000 + i,
            Company = "深圳市星河电子科技股份有限公司 Shenzhen Xinghe Electronics",
            StageName = "Payment & after-sales",
            Owner = "Alexandra Konstantinopoulou",
            Due = "Wed 31 Dec, 17:00",
            Overdue = i % 3 == 0,
            Amount = "¥1,234,567.89",
        }).ToList();

        var card = Renderer.Render(CardId.DealList, new DealListView("My open deals (25)", items), CultureInfo.InvariantCulture);

        // 22 KB since every Open button carries its Action.Submit fallback (~100 bytes a row); Teams takes ~100 KB.
        CardFiles.Text(card).Length.ShouldBeLessThan(22 * 1024);
    }

    [Fact]
    public void A_view_with_its_own_t_property_is_rejected() =>
        Should.Throw<ArgumentException>(() => Renderer.Render(CardId.Help, new { t = 1 }, CultureInfo.InvariantCulture));

    [Fact]
    public void An_unknown_card_id_names_the_known_ones() =>
        Should.Throw<KeyNotFoundException>(() => Renderer.Render("nope", new HelpView("a", "b", []), CultureInfo.InvariantCulture))
            .Message.ShouldContain("deal-list");

    [Fact]
    public void Labels_object_holds_every_key()
    {
        var labels = CardRenderer.LabelsFor(CultureInfo.GetCultureInfo("en"));
        labels.Select(p => p.Key).ShouldBe(CardLabels.Keys);
        labels.All(p => p.Value is JsonValue).ShouldBeTrue();
    }

    private static DealView SampleDeal() => new()
    {
        Number = 42,
        Company = "Acme",
        StageName = "Contract",
        Status = "Open",
        IsOpen = true,
        Owner = "Li Na",
        StageOwner = "Li Na",
        Amount = "$5,000.00",
        Contact = "Wang Wei",
        Due = "Tue 2 Dec, 17:00",
        Timeline = [new DealTimelineItem("Today 09:12", "Li Na", "Called *them*_back")],
    };
}
