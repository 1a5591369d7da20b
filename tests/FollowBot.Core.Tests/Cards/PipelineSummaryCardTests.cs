using System.Globalization;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// The pipeline card in the shapes the sample doesn't show — no public address (no chart), nothing overdue, a
/// personal report (no reps) — still binds like adaptivecards-templating and validates as Adaptive Card 1.5.
/// </summary>
public class PipelineSummaryCardTests
{
    [Fact]
    public void Every_shape_of_the_pipeline_card_is_a_valid_1_5_card()
    {
        var shapes = new Dictionary<string, Action<JsonObject>>
        {
            ["no-chart"] = d => d.Remove("chartUrl"),
            ["nothing-overdue"] = d =>
            {
                d.Remove("bottleneck");
                d["mostOverdue"] = new JsonArray();
                foreach (var stage in d["stages"]!.AsArray())
                {
                    stage!["hasOverdue"] = false;
                }
            },
            ["personal"] = d => d["reps"] = new JsonArray(),
        };
        var cases = new List<JsonObject>();
        var ours = new Dictionary<string, JsonNode>();
        foreach (var (name, shape) in shapes)
        {
            var data = CardFiles.Sample(CardId.PipelineSummary);
            data["t"] = CardRenderer.LabelsFor(CultureInfo.GetCultureInfo("zh-Hans"));
            shape(data);
            ours[name] = CardFiles.Load(CardId.PipelineSummary).Bind(data);
            cases.Add(new JsonObject { ["name"] = name, ["template"] = CardFiles.Template(CardId.PipelineSummary), ["data"] = data, ["bound"] = ours[name].DeepClone() });
        }

        var results = NodeCardChecks.Run(cases);

        foreach (var name in shapes.Keys)
        {
            results[name]["validation"]!["events"]!.AsArray().ShouldBeEmpty(name);
            CanonicalJson.Of(ours[name]).ShouldBe(CanonicalJson.Of(results[name]["expanded"]), name);
        }

        CardFiles.Text(ours["no-chart"]).ShouldNotContain("\"Image\"");
        CardFiles.Text(ours["nothing-overdue"]).ShouldNotContain("deal.overdue");
        CardFiles.Text(ours["personal"]).ShouldNotContain("pipeline.show");
    }
}
