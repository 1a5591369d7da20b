using System.Text.Json.Nodes;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests;

/// <summary>
/// Request bodies in Slack's shapes, from the fixture files under Fixtures/slack (modelled on the payloads in Slack's
/// docs and its SDKs' test suites, values scrubbed), with the parts a test varies filled in.
/// </summary>
public static class SlackPayloads
{
    public static string Fixture(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "slack", path));

    public static string Command(string user, string text, string responseUrl, string? triggerId = null, string channel = "C0SALES") =>
        Fixture("commands/follow.form.txt").Trim()
            .Replace("{team}", FakeSlack.Team, StringComparison.Ordinal)
            .Replace("{channel}", channel, StringComparison.Ordinal)
            .Replace("{user}", user, StringComparison.Ordinal)
            .Replace("{text}", Uri.EscapeDataString(text), StringComparison.Ordinal)
            .Replace("{response_url}", Uri.EscapeDataString(responseUrl), StringComparison.Ordinal)
            .Replace("{trigger_id}", triggerId ?? "1337.42.abcdef", StringComparison.Ordinal);

    public static JsonObject Json(string path, params (string Placeholder, string Value)[] values)
    {
        var text = Fixture(path);
        foreach (var (placeholder, value) in values)
        {
            // Values go in as JSON string content, so quotes and backslashes in a test's text stay valid JSON.
            text = text.Replace("{" + placeholder + "}", System.Text.Json.JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), StringComparison.Ordinal);
        }

        return JsonNode.Parse(text)!.AsObject();
    }
}
