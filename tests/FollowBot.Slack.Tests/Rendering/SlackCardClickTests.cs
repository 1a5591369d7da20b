using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Commands;
using FollowBot.Core.Commands.Deals;
using FollowBot.Core.Commands.FollowUps;
using FollowBot.Core.Commands.Reports;
using FollowBot.Core.FollowUps;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Protocol;

namespace FollowBot.Slack.Tests.Rendering;

/// <summary>
/// From a bound template to a command: an element of the bound sample is clicked the way Slack reports it (its
/// block's <c>block_id</c>, its <c>action_id</c>, what was chosen), read by <see cref="ClickData"/> as the adapter
/// does, and bound by the catalog's own binder, so a template whose data the adapter can't read fails here.
/// </summary>
public sealed class SlackCardClickTests
{
    private static readonly CommandCatalog Catalog = new();

    [Fact]
    public void The_pipeline_overdue_button_of_a_stage_lists_that_stage_for_the_same_scope()
    {
        var command = Click(CardId.PipelineSummary, "deal.overdue", block => ((string?)block["block_id"])?.StartsWith("stage=quote", StringComparison.Ordinal) == true);

        var overdue = command.ShouldBeOfType<ListOverdue>();
        overdue.Stage.ShouldBe("quote");
        overdue.Scope.ShouldBe(PipelineScope.Team);
    }

    [Fact]
    public void A_stage_without_overdue_deals_has_no_overdue_button()
    {
        var card = SlackCardFiles.Renderer.Bind(CardId.PipelineSummary, SlackCardFiles.Sample(CardId.PipelineSummary));

        card.Payload["blocks"]!.AsArray().OfType<JsonObject>().Single(b => ((string?)b["block_id"])?.StartsWith("stage=delivery", StringComparison.Ordinal) == true)["accessory"].ShouldBeNull();
    }

    [Fact]
    public void The_pipeline_rep_button_shows_that_reps_pipeline_for_the_same_period()
    {
        var command = Click(CardId.PipelineSummary, "pipeline.show", block => ((string?)block["block_id"])?.StartsWith("scope=@bob", StringComparison.Ordinal) == true);

        var pipeline = command.ShouldBeOfType<ShowPipeline>();
        pipeline.Scope.ShouldBe(PipelineScope.Person);
        pipeline.Person!.Value.Value.ShouldBe("bob");
        pipeline.Period.ShouldBe("2026-12");
    }

    [Fact]
    public void The_pipeline_most_overdue_button_opens_that_deal() =>
        Click(CardId.PipelineSummary, "deal.show", block => (string?)block["block_id"] == "deal=37#late").ShouldBe(new ShowDeal(37));

    [Fact]
    public void The_nudge_done_button_advances_the_deal_and_carries_the_nudge_tag_for_the_freshness_check()
    {
        var (click, command) = ClickWithData(CardId.Nudge, "deal.advance", _ => true, null);

        command.ShouldBe(new AdvanceDeal(42, null));
        click.Data[NudgeTag.DataKey].ShouldBe("quote@639002484000000000");
        click.Once.ShouldBeTrue("a double click on Done must not advance twice");
    }

    [Fact]
    public void The_nudge_snooze_choice_snoozes_a_day_with_the_chosen_reason()
    {
        var (click, command) = ClickWithData(CardId.Nudge, "deal.snooze/reason", _ => true, "Waiting for internal approval");

        command.ShouldBe(new SnoozeDeal(42, Core.Time.BusinessDuration.FromDays(1), "Waiting for internal approval"));
        click.Data[NudgeTag.DataKey].ShouldBe("quote@639002484000000000");
    }

    [Fact]
    public void The_nudge_reassign_field_reassigns_the_deal_to_the_person_typed()
    {
        var command = ClickWithData(CardId.Nudge, "deal.assign/person", _ => true, "@bob").Command;

        var assign = command.ShouldBeOfType<AssignDeal>();
        assign.Deal.ShouldBe(42);
        assign.Person.Value.ShouldBe("bob");
    }

    [Fact]
    public void The_escalation_open_button_opens_the_deal_with_the_nudge_tag() =>
        ClickWithData(CardId.Escalation, "deal.show", _ => true, null).Click.Data.Keys.Order().ShouldBe(["deal", "nudge"]);

    private static ICommand Click(string cardId, string actionId, Func<JsonObject, bool> inBlock) => ClickWithData(cardId, actionId, inBlock, null).Command;

    private static (ClickData Click, ICommand Command) ClickWithData(string cardId, string actionId, Func<JsonObject, bool> inBlock, string? chosen)
    {
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));
        var (block, element) = card.Payload["blocks"]!.AsArray().OfType<JsonObject>().Where(inBlock)
            .SelectMany(b => (b["elements"] as JsonArray ?? []).Append(b["accessory"]).Append(b["element"]).OfType<JsonObject>().Select(e => (Block: b, Element: e)))
            .First(p => (string?)p.Element["action_id"] == actionId);

        // Slack sends a button's value, a select's chosen option or an input's text; the adapter reads any of them.
        var option = (string?)element["type"] == "static_select"
            ? element["options"]!.AsArray().OfType<JsonObject>().Single(o => (string?)o["value"] == chosen)
            : null;
        var click = ClickData.From(new BlockAction
        {
            Type = (string?)element["type"],
            ActionId = actionId,
            BlockId = (string?)block["block_id"],
            Value = option is null ? chosen ?? (string?)element["value"] : null,
            SelectedOption = option is null ? null : new SelectedOption { Value = (string?)option["value"] },
        });

        click.Verb.ShouldNotBeNull();
        var spec = Catalog.FindWireName(click.Verb).ShouldNotBeNull();
        var bound = spec.Bind(CommandInput.FromData(click.Verb, click.Data), new BindContext(new DateOnly(2026, 12, 1), "CNY"));
        bound.ErrorKey.ShouldBeNull();
        return (click, bound.Command.ShouldNotBeNull());
    }
}
