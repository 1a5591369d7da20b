using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// cards/slack: Block Kit templates bound with the same binder and the same samples as the Teams cards, checked
/// against Slack's limits (docs: slack-protocol §6.1) — a message over them is refused with invalid_blocks.
/// </summary>
public class SlackTemplateTests
{
    private static string SlackFolder => Path.Combine(DirectoryCardTemplateSource.DefaultRoot, "slack");

    public static TheoryData<string> Templates => [.. Directory.GetFiles(SlackFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Fact]
    public void Every_slack_template_has_a_card_id_and_the_pipeline_summary_is_there()
    {
        var stems = Directory.GetFiles(SlackFolder, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();
        stems.ShouldContain(CardId.PipelineSummary);
        stems.Except(CardId.All).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_bound_sample_fits_slacks_limits(string cardId)
    {
        var bound = Bind(cardId, CardFiles.Sample(cardId));

        CardFiles.Text(bound).ShouldNotContain("${");
        var blocks = bound["blocks"]!.AsArray();
        blocks.Count.ShouldBeInRange(1, 50);
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var type = (string)block["type"]!;
            if (type == "header")
            {
                ((string)block["text"]!["text"]!).Length.ShouldBeLessThanOrEqualTo(150);
            }

            if (type == "section" && block["text"] is { } text)
            {
                ((string)text["text"]!).Length.ShouldBeInRange(1, 3000);
            }

            (block["fields"]?.AsArray().Count ?? 0).ShouldBeLessThanOrEqualTo(10);
        }

        var buttons = CardFiles.Descendants(bound).Where(e => (string?)e["type"] == "button").ToList();
        buttons.ShouldNotBeEmpty();
        foreach (var button in buttons)
        {
            ((string)button["text"]!["text"]!).Length.ShouldBeLessThanOrEqualTo(75);
            var value = (string)button["value"]!;
            value.Length.ShouldBeLessThanOrEqualTo(2000);

            // The value is the same data a Teams button sends: JSON with the verb, which action_id starts with.
            var data = JsonNode.Parse(value)!.AsObject();
            ((string)button["action_id"]!).Split(':')[0].ShouldBe((string)data["verb"]!);
        }

        // action_id must be unique within a block.
        foreach (var block in blocks.Where(b => b!["elements"] is not null))
        {
            block!["elements"]!.AsArray().Select(e => (string?)e!["action_id"]).OfType<string>().ShouldBeUnique();
        }
    }

    [Fact]
    public void A_pipeline_without_chart_overdue_or_reps_still_binds_to_valid_blocks()
    {
        var sample = CardFiles.Sample(CardId.PipelineSummary);
        sample.Remove("chartUrl");
        sample.Remove("bottleneck");
        sample["mostOverdue"] = new JsonArray();
        sample["reps"] = new JsonArray();
        foreach (var stage in sample["stages"]!.AsArray())
        {
            stage!["hasOverdue"] = false;
        }

        var bound = Bind(CardId.PipelineSummary, sample);

        var types = bound["blocks"]!.AsArray().Select(b => (string)b!["type"]!).ToList();
        types.ShouldNotContain("image");
        types.ShouldNotContain("actions");
        types.Count(t => t == "header").ShouldBe(2);
    }

    private static JsonObject Bind(string cardId, JsonObject data)
    {
        var path = Path.Combine(SlackFolder, cardId + ".json");
        return CardTemplate.Parse(File.ReadAllText(path), path).Bind(data).AsObject();
    }
}
