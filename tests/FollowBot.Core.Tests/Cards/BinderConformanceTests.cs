using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// Edge cases (missing paths, nulls, numbers, booleans, repeated lists, $index, $root, failing parts…) from
/// Conformance/binder-cases.json, bound by our binder and by adaptivecards-templating 2.3.1: same JSON, or
/// both fail.
/// </summary>
public class BinderConformanceTests(BinderConformanceResults results) : IClassFixture<BinderConformanceResults>
{
    public static TheoryData<string> Cases => [.. BinderConformanceResults.Corpus.Select(c => (string)c["name"]!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Binder_matches_the_official_engine(string name)
    {
        var official = results.Official[name];
        var ours = results.Ours[name];

        if (official["expandError"] is { } error)
        {
            ours.ShouldBeOfType<CardTemplateException>($"the official engine fails with: {error}");
        }
        else
        {
            ours.ShouldBeAssignableTo<JsonNode>(ours.ToString());
            CanonicalJson.Of((JsonNode)ours).ShouldBe(CanonicalJson.Of(official["expanded"]));
        }
    }
}
