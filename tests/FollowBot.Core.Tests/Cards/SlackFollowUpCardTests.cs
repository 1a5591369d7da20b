using System.Globalization;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Cards.Templating;
using FollowBot.Core.FollowUps;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// The follow-up cards' Block Kit templates (cards/slack) bind with the same binder and samples as the Teams ones,
/// and stay inside Slack's limits even with every list full and long texts: 50 blocks, section text 3000,
/// header 150, button text 75, 10 fields per section, 100 options per select, unique action ids per block.
/// </summary>
public class SlackFollowUpCardTests
{
    private static readonly string[] FollowUpCards = [CardId.Nudge, CardId.Escalation, CardId.Digest, CardId.WeeklyReview];

    public static TheoryData<string, string> Cases => new(FollowUpCards.SelectMany(id => new[] { (id, "en"), (id, "zh-Hans") }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_binds_to_a_block_kit_message_within_slack_limits(string cardId, string culture)
    {
        var message = Bind(cardId, CardFiles.Sample(cardId), culture);

        CardFiles.Text(message).ShouldNotContain("${");
        CheckLimits(message);
        Blocks(message).Count.ShouldBeGreaterThan(2);
    }

    [Fact]
    public void A_digest_with_every_list_full_and_failures_still_fits_fifty_blocks()
    {
        var item = new DealListItem { Number = 9999, Company = new string('长', 200), StageName = "Payment & after-sales", Owner = "Li Na", Due = "Tue 2 Dec, 17:00", Overdue = true };
        var full = Enumerable.Repeat(item, DigestMessages.ListCap).ToList();
        var view = new DigestView
        {
            Title = "Your digest for Wed 3 Dec",
            Summary = "Your digest: 10 overdue, 10 due today, 10 due within a business day.",
            Overdue = full,
            DueToday = full,
            AtRisk = full,
            Folded = "3 more reminders were held back.",
            Failures = [.. Enumerable.Repeat("A manager message could not be delivered.", DigestMessages.FailureLines)],
        };
        var message = Bind(CardId.Digest, JsonSerializerNode(view), "zh-Hans");

        CheckLimits(message);
        Blocks(message).Count.ShouldBeLessThanOrEqualTo(50);
    }

    [Fact]
    public void Nudge_buttons_carry_the_wire_name_and_the_nudge_tag()
    {
        var message = Bind(CardId.Nudge, CardFiles.Sample(CardId.Nudge), "en");
        var elements = Blocks(message).Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray()).Select(e => e!.AsObject()).ToList();

        elements.Select(e => (string?)e["action_id"]).ShouldBe(["deal.advance", "deal.show", "deal.assign", "deal.snooze"]);
        foreach (var value in elements.Take(3).Select(e => JsonNode.Parse((string)e["value"]!)!))
        {
            ((string?)value["deal"]).ShouldBe("42");
            ((string?)value["nudge"]).ShouldBe("quote@639002484000000000");
        }

        var option = JsonNode.Parse((string)elements[3]["options"]![0]!["value"]!)!;
        ((string?)option["reason"]).ShouldBe("Waiting for the customer");
        ((string?)option["nudge"]).ShouldBe("quote@639002484000000000");
    }

    private static JsonObject JsonSerializerNode(object view) =>
        System.Text.Json.JsonSerializer.SerializeToNode(view, view.GetType(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        })!.AsObject();

    private static JsonObject Bind(string cardId, JsonObject data, string culture)
    {
        data["t"] = CardRenderer.LabelsFor(CultureInfo.GetCultureInfo(culture));
        var path = Path.Combine(DirectoryCardTemplateSource.DefaultRoot, "slack", cardId + ".json");
        return CardTemplate.Parse(File.ReadAllText(path), path).Bind(data).AsObject();
    }

    private static List<JsonObject> Blocks(JsonObject message) => [.. message["blocks"]!.AsArray().Select(b => b!.AsObject())];

    private static void CheckLimits(JsonObject message)
    {
        var blocks = Blocks(message);
        blocks.Count.ShouldBeLessThanOrEqualTo(50);
        ((string?)message["text"]).ShouldNotBeNullOrWhiteSpace("a notification fallback text");
        foreach (var block in blocks)
        {
            var type = (string)block["type"]!;
            type.ShouldBeOneOf("header", "section", "context", "actions", "divider");
            if (type == "header")
            {
                ((string)block["text"]!["text"]!).Length.ShouldBeLessThanOrEqualTo(150);
            }

            if (type == "section")
            {
                ((string?)block["text"]?["text"] ?? "").Length.ShouldBeLessThanOrEqualTo(3000);
                (block["fields"]?.AsArray().Count ?? 0).ShouldBeLessThanOrEqualTo(10);
                foreach (var field in block["fields"]?.AsArray() ?? [])
                {
                    ((string)field!["text"]!).Length.ShouldBeLessThanOrEqualTo(2000);
                }
            }

            var elements = (block["elements"]?.AsArray() ?? []).Append(block["accessory"]).OfType<JsonObject>().ToList();
            elements.Where(e => e["action_id"] is not null).Select(e => (string)e["action_id"]!).ShouldBeUnique();
            foreach (var element in elements.Where(e => (string?)e["type"] is "button" or "static_select"))
            {
                ((string?)(element["text"] ?? element["placeholder"])!["text"])!.Length.ShouldBeLessThanOrEqualTo(75);
                ((string?)element["value"] ?? "").Length.ShouldBeLessThanOrEqualTo(2000);
                foreach (var option in element["options"]?.AsArray() ?? [])
                {
                    ((string)option!["value"]!).Length.ShouldBeLessThanOrEqualTo(150);
                    ((string)option["text"]!["text"]!).Length.ShouldBeLessThanOrEqualTo(75);
                }
            }
        }
    }
}
