using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowBot.Core.Cards;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Outbound;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.Rendering;

namespace FollowBot.Slack.Tests.Rendering;

/// <summary>
/// Lint for cards/slack: every template, bound with its sample (cards/samples/&lt;id&gt;.data.json) by the same
/// binder as the Teams cards, is valid Block Kit within Slack's limits. Runs over whatever files are there, so
/// templates added later are checked the same way.
/// </summary>
public sealed partial class SlackTemplateLintTests
{
    private static readonly CommandCatalog Catalog = new();

    public static TheoryData<string> SlackCards => [.. SlackCardFiles.Stems("slack")];

    [Fact]
    public void Every_teams_card_has_a_slack_template_with_the_same_stem() =>
        SlackCardFiles.Stems("teams").Except(SlackCardFiles.Stems("slack")).ShouldBeEmpty();

    [Fact]
    public void Every_slack_template_is_a_card_the_app_renders() =>
        SlackCardFiles.Stems("slack").Except(CardId.All).ShouldBeEmpty();

    [Fact]
    public void A_pipeline_without_chart_overdue_or_reps_still_binds_to_valid_blocks()
    {
        var sample = SlackCardFiles.Sample(CardId.PipelineSummary);
        sample.Remove("chartUrl");
        sample.Remove("bottleneck");
        sample["mostOverdue"] = new JsonArray();
        sample["reps"] = new JsonArray();
        foreach (var stage in sample["stages"]!.AsArray())
        {
            stage!["hasOverdue"] = false;
        }

        var card = SlackCardFiles.Renderer.Bind(CardId.PipelineSummary, sample);

        BlockKitLimits.Violations(card.Payload).ShouldBeEmpty();
        var blocks = card.Payload["blocks"]!.AsArray().OfType<JsonObject>().ToList();
        blocks.Select(b => (string?)b["type"]).ShouldNotContain("image");
        blocks.Count(b => (string?)b["type"] == "header").ShouldBe(2);
        SlackCardFiles.Descendants(card.Payload).ShouldNotContain(e => e["action_id"] != null);
    }

    [Fact]
    public void The_pipeline_chart_is_an_image_with_the_signed_url_and_its_alt_text()
    {
        var sample = SlackCardFiles.Sample(CardId.PipelineSummary);
        var image = SlackCardFiles.Renderer.Bind(CardId.PipelineSummary, sample).Payload["blocks"]!.AsArray().OfType<JsonObject>().Single(b => (string?)b["type"] == "image");

        ((string?)image["image_url"]).ShouldBe((string?)sample["chartUrl"]);
        ((string?)image["alt_text"]).ShouldBe((string?)sample["chartAlt"]);
    }

    [Fact]
    public void An_image_without_an_absolute_url_or_alt_text_is_a_violation()
    {
        var payload = new JsonObject { ["text"] = "x", ["blocks"] = new JsonArray(new JsonObject { ["type"] = "image", ["image_url"] = "/charts/a.png", ["alt_text"] = "" }) };

        BlockKitLimits.Violations(payload).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Template_has_sample_data(string cardId) =>
        File.Exists(Path.Combine(Core.Cards.Templating.DirectoryCardTemplateSource.DefaultRoot, "samples", cardId + ".data.json")).ShouldBeTrue($"cards/samples/{cardId}.data.json");

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Bound_sample_is_within_every_block_kit_limit(string cardId)
    {
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));

        BlockKitLimits.Violations(card.Payload).ShouldBeEmpty();
        if (card.Opener is { } opener)
        {
            BlockKitLimits.Violations(opener).ShouldBeEmpty();
        }

        if (card.IsModal)
        {
            new ModalMetadata(ModalMetadata.DataOf(card.Payload["private_metadata"]), "C0123456789", new string('x', 120)).Write().Length
                .ShouldBeLessThanOrEqualTo(BlockKitLimits.PrivateMetadata);
        }
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Bound_sample_has_no_unbound_expression_and_no_nulls(string cardId)
    {
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));
        var json = card.Payload.ToJsonString() + card.Opener?.ToJsonString();

        json.ShouldNotContain("${");
        json.ShouldNotContain(":null");
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Message_templates_have_notification_text_and_modals_a_callback_and_an_opener(string cardId)
    {
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));
        if (card.IsModal)
        {
            Catalog.FindWireName((string)card.Payload["callback_id"]!).ShouldNotBeNull();
            card.Opener.ShouldNotBeNull();
            ((string?)card.Opener["text"]).ShouldNotBeNullOrWhiteSpace();
        }
        else
        {
            ((string?)card.Payload["text"]).ShouldNotBeNullOrWhiteSpace();
            card.Opener.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData(CardId.LeadForm)]
    [InlineData(CardId.DealUpdateForm)]
    public void Forms_are_modals(string cardId) =>
        SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId)).IsModal.ShouldBeTrue();

    [Theory]
    [InlineData(CardId.LeadForm)]
    [InlineData(CardId.DealUpdateForm)]
    public void Modal_inputs_use_the_same_ids_as_the_teams_form(string cardId)
    {
        var teams = SlackCardFiles.Descendants(JsonNode.Parse(File.ReadAllText(Path.Combine(SlackCardFiles.Folder("teams"), cardId + ".json"))))
            .Where(e => ((string?)e["type"] ?? "").StartsWith("Input.", StringComparison.Ordinal)).Select(e => (string)e["id"]!);
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));
        var inputs = card.Payload["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input").ToList();

        inputs.Select(b => (string)b["block_id"]!).ShouldBe(teams);
        inputs.ShouldAllBe(b => (string?)b["element"]!["action_id"] == (string?)b["block_id"]);
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Every_interactive_element_runs_a_catalog_command(string cardId)
    {
        var card = SlackCardFiles.Renderer.Bind(cardId, SlackCardFiles.Sample(cardId));
        var blocks = (card.IsModal ? [] : card.Payload["blocks"]!.AsArray()).Concat(card.Opener?["blocks"]?.AsArray() ?? []).OfType<JsonObject>();
        foreach (var block in blocks)
        {
            var elements = (block["elements"] as JsonArray ?? []).Append(block["accessory"]).Append(block["element"]).OfType<JsonObject>();
            foreach (var element in elements.Where(e => e["action_id"] is not null))
            {
                var actionId = (string)element["action_id"]!;
                if (actionId == "say")
                {
                    // A typed command: the block's say= prefix, else the button's value.
                    var said = (string?)element["value"] ?? ClickData.From(new BlockAction { ActionId = "say", BlockId = (string?)block["block_id"], Value = "x" }).Text ?? "";
                    Catalog.FindVerb(said.Split(' ')[0]).ShouldNotBeNull($"'{said}' in {cardId} is not a command");
                    continue;
                }

                Catalog.FindWireName(actionId.Split('/')[0]).ShouldNotBeNull($"{actionId} in {cardId}");
                Catalog.FindWireName(actionId.Split('/')[0])!.WireName.ShouldNotBe("deal.update", "an update button must open the form (say \"update N\")");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Every_label_a_template_uses_exists(string cardId)
    {
        var used = LabelReference().Matches(SlackCardFiles.Template(cardId).ToJsonString()).Select(m => m.Groups[1].Value);
        used.Except(CardLabels.Keys).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Templates_hold_no_human_text_of_their_own(string cardId)
    {
        // Words come from data or ${t.…}; only punctuation, '#', emoji codes and mrkdwn markers may sit around them.
        foreach (var text in SlackCardFiles.Descendants(SlackCardFiles.Template(cardId))
                     .Where(o => (string?)o["type"] is "mrkdwn" or "plain_text").Select(o => (string)o["text"]!))
        {
            Regex.Replace(Regex.Replace(text, @"\$\{[^}]*\}", ""), @":[a-z_]+:", "").ShouldMatch(@"^[\s#·*_\n]*$", $"'{text}' in {cardId}.json");
        }
    }

    [Theory]
    [MemberData(nameof(SlackCards))]
    public void Bound_sample_with_the_chinese_labels_is_within_every_block_kit_limit(string cardId)
    {
        var sample = SlackCardFiles.Sample(cardId);
        sample["t"] = CardRenderer.LabelsFor(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"));
        var card = SlackCardFiles.Renderer.Bind(cardId, sample);

        BlockKitLimits.Violations(card.Payload).ShouldBeEmpty();
        (card.Payload.ToJsonString() + card.Opener?.ToJsonString()).ShouldNotContain("${");
    }

    [Fact]
    public void A_digest_with_every_list_full_and_failures_still_fits_one_message_unfitted()
    {
        var item = new DealListItem { Number = 9999, Company = new string('长', 200), StageName = "Payment & after-sales", Owner = "Li Na", Due = "Tue 2 Dec, 17:00", Overdue = true };
        var full = Enumerable.Repeat(item, Core.FollowUps.DigestMessages.ListCap).ToList();
        var view = new DigestView
        {
            Title = "Your digest for Wed 3 Dec",
            Summary = "Your digest: 10 overdue, 10 due today, 10 due within a business day.",
            Overdue = full,
            DueToday = full,
            AtRisk = full,
            Folded = "3 more reminders were held back.",
            Failures = [.. Enumerable.Repeat("A manager message could not be delivered.", Core.FollowUps.DigestMessages.FailureLines)],
        };
        var data = JsonSerializer.SerializeToNode(view, new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull })!.AsObject();
        data["t"] = CardRenderer.LabelsFor(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"));

        // Bind, not Render: Render would trim an oversized message, which must not be needed for a full digest.
        BlockKitLimits.Violations(SlackCardFiles.Renderer.Bind(CardId.Digest, data).Payload).ShouldBeEmpty();
    }

    [Fact]
    public void A_list_of_twenty_five_deals_still_fits_one_message()
    {
        var items = Enumerable.Range(1, DealPresenterListLimit).Select(i => new DealListItem
        {
            Number = i, Company = new string('公', 200), StageName = "Needs & quote", Owner = "Li Na", Due = "Tue 2 Dec, 17:00", Overdue = i % 2 == 0, Amount = "¥128,000.00",
        }).ToList();
        var card = SlackCardFiles.Renderer.Render(new CardReply(CardId.DealList, new DealListView("My open deals (25)", items)));

        BlockKitLimits.Violations(card.Payload).ShouldBeEmpty();
    }

    private const int DealPresenterListLimit = 25;

    [GeneratedRegex(@"\bt\.([A-Za-z0-9_]+)")]
    private static partial Regex LabelReference();
}
