using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

/// <summary>Lint for cards/teams and cards/samples: they agree with CardId, the views, the labels and each other.</summary>
public partial class CardTemplateFilesTests
{
    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Dictionary<string, Type> Views = new()
    {
        [CardId.Help] = typeof(HelpView),
        [CardId.LeadForm] = typeof(LeadFormView),
        [CardId.Deal] = typeof(DealView),
        [CardId.DealUpdateForm] = typeof(DealUpdateFormView),
        [CardId.DealList] = typeof(DealListView),
        [CardId.Nudge] = typeof(NudgeView),
        [CardId.Escalation] = typeof(EscalationView),
        [CardId.Digest] = typeof(DigestView),
        [CardId.WeeklyReview] = typeof(WeeklyReviewView),
        [CardId.PipelineSummary] = typeof(PipelineSummaryView),
    };

    // Buttons that open a list or a report rather than act on one deal carry no deal number.
    private static readonly HashSet<string> ListVerbs = ["deal.create", "deal.overdue", "pipeline.show"];

    public static TheoryData<string> Cards => [.. CardId.All];

    [Fact]
    public void Every_template_and_sample_has_a_card_id()
    {
        Directory.GetFiles(CardFiles.TeamsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).ShouldBe(CardId.All, ignoreOrder: true);
        Directory.GetFiles(Path.GetDirectoryName(CardFiles.SamplePath("x"))!, "*.data.json")
            .Select(f => Path.GetFileName(f)[..^".data.json".Length]).ShouldBe(CardId.All, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Template_is_an_adaptive_card_1_5(string cardId)
    {
        var template = CardFiles.Template(cardId);
        ((string?)template["type"]).ShouldBe("AdaptiveCard");
        ((string?)template["version"]).ShouldBe("1.5");
        ((string?)template["$schema"]).ShouldBe("http://adaptivecards.io/schemas/adaptive-card.json");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Sample_labels_are_the_english_labels(string cardId) =>
        CanonicalJson.Of(CardFiles.Sample(cardId)["t"]).ShouldBe(CanonicalJson.Of(CardRenderer.LabelsFor(CultureInfo.GetCultureInfo("en"))));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Sample_is_exactly_what_its_view_serializes_to(string cardId)
    {
        var sample = CardFiles.Sample(cardId);
        sample.Remove("t");

        var view = sample.Deserialize(Views[cardId], ViewJson)!;

        CanonicalJson.Of(JsonSerializer.SerializeToNode(view, Views[cardId], ViewJson)).ShouldBe(CanonicalJson.Of(sample));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Bound_sample_has_no_unbound_expression_and_fits_a_card(string cardId)
    {
        var bound = CardFiles.Text(CardFiles.Load(cardId).Bind(CardFiles.Sample(cardId)));

        bound.ShouldNotContain("${");
        bound.Length.ShouldBeLessThan(12 * 1024, "cards must stay well under Teams' 28 KB guard");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_label_a_template_uses_exists(string cardId)
    {
        var used = LabelReference().Matches(File.ReadAllText(CardFiles.TemplatePath(cardId))).Select(m => m.Groups[1].Value);
        used.Except(CardLabels.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_label_is_used_by_some_template()
    {
        var used = CardId.All.SelectMany(id => LabelReference().Matches(File.ReadAllText(CardFiles.TemplatePath(id))).Select(m => m.Groups[1].Value));
        CardLabels.Keys.Except(used).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Templates_hold_no_human_text_of_their_own(string cardId)
    {
        // Everything a person reads comes from data or ${t.…}; only punctuation and '#' may sit around it.
        foreach (var text in Texts(CardFiles.Template(cardId)))
        {
            Regex.Replace(text, @"\$\{[^}]*\}", "").ShouldMatch(@"^[\s#·]*$", $"'{text}' in {cardId}.json");
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_button_is_an_execute_action_carrying_its_verb(string cardId)
    {
        var bound = CardFiles.Load(cardId).Bind(CardFiles.Sample(cardId));
        var fallbacks = CardFiles.Descendants(bound).Select(e => e["fallback"]).OfType<JsonObject>().ToHashSet();
        var actions = CardFiles.Descendants(bound)
            .Where(e => ((string?)e["type"] ?? "").StartsWith("Action.", StringComparison.Ordinal) && !fallbacks.Contains(e)).ToList();

        (actions.Count > 0).ShouldBe(cardId is not (CardId.Help or CardId.WeeklyReview), "only the help card and the weekly review have no buttons");
        foreach (var action in actions.Where(a => (string?)a["type"] != "Action.ShowCard"))
        {
            ((string?)action["type"]).ShouldBe("Action.Execute");
            var verb = (string?)action["verb"];
            verb.ShouldNotBeNullOrEmpty();
            ((string?)action["data"]?["verb"]).ShouldBe(verb);
            if (!ListVerbs.Contains(verb!))
            {
                action["data"]?["deal"]?.GetValueKind().ShouldBe(JsonValueKind.Number, $"{verb} must carry the deal number");
            }

            // Teams clients without Universal Actions fall back to Action.Submit: same title, same data (verb included).
            var fallback = action["fallback"].ShouldBeOfType<JsonObject>($"{verb} needs an Action.Submit fallback");
            ((string?)fallback["type"]).ShouldBe("Action.Submit");
            ((string?)fallback["title"]).ShouldBe((string?)action["title"]);
            CanonicalJson.Of(fallback["data"]).ShouldBe(CanonicalJson.Of(action["data"]));
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Input_ids_are_unique_within_a_card(string cardId)
    {
        var ids = CardFiles.Descendants(CardFiles.Template(cardId))
            .Where(e => ((string?)e["type"] ?? "").StartsWith("Input.", StringComparison.Ordinal))
            .Select(e => (string)e["id"]!).ToList();
        ids.ShouldBeUnique();
    }

    [Theory]
    [InlineData(CardId.LeadForm, "company contact phone email value grade source note")]
    [InlineData(CardId.DealUpdateForm, "company contact phone email value grade source due")]
    [InlineData(CardId.Deal, "text duration reason when remindText lostReason")]
    [InlineData(CardId.Nudge, "duration reason person")]
    [InlineData(CardId.Escalation, "person")]
    public void Forms_use_the_agreed_input_ids(string cardId, string ids) =>
        CardFiles.Descendants(CardFiles.Template(cardId))
            .Where(e => ((string?)e["type"] ?? "").StartsWith("Input.", StringComparison.Ordinal))
            .Select(e => (string)e["id"]!).ShouldBe(ids.Split(' '));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Where(p => p.Key is not ("type" or "$schema" or "version" or "id" or "verb" or "value" or "style" or "size"
                or "weight" or "color" or "spacing" or "width" or "fontType" or "verticalContentAlignment" or "$when" or "$data"))
            .SelectMany(p => Texts(p.Value)),
        JsonArray array => array.SelectMany(Texts),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [(string)value!],
        _ => [],
    };

    [GeneratedRegex(@"\bt\.([A-Za-z0-9_]+)")]
    private static partial Regex LabelReference();
}
