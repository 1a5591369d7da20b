using System.Net;
using System.Text;
using FollowBot.Slack.Signing;

namespace FollowBot.Slack.Tests.EndToEnd;

/// <summary>Anything wrong with the signature: 401, and nothing processed or stored.</summary>
public sealed class RejectedRequestTests : SlackTestBase
{
    public static TheoryData<string> Paths => ["/slack/commands", "/slack/events", "/slack/interactions"];

    public static TheoryData<string, string> Tamperings => new()
    {
        { "bad signature", "bad" },
        { "stale timestamp (301 s)", "stale" },
        { "timestamp from the future (301 s)", "future" },
        { "missing headers", "missing" },
        { "missing signature", "nosignature" },
        { "wrong version prefix", "version" },
        { "tampered body", "body" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task A_request_that_fails_verification_gets_401_and_leaves_no_trace(string what, string how)
    {
        var eventJson = SlackPayloads.Json("events/message_im.json", ("event_id", "Ev0BAD"), ("text", "lead Evil"), ("user", Rep)).ToJsonString();
        var requests = new (string Path, string Body, string Type)[]
        {
            ("/slack/commands", SlackPayloads.Command(Rep, "lead Evil", Slack.ResponseUrl("x"), "1.2.3"), "application/x-www-form-urlencoded"),
            ("/slack/events", eventJson, "application/json"),
            ("/slack/interactions", "payload=" + Uri.EscapeDataString(SlackPayloads.Json("interactions/view_submission.lead_form.json",
                ("user", Rep), ("company", "Evil"), ("value", "1"), ("private_metadata", "")).ToJsonString()), "application/x-www-form-urlencoded"),
        };
        var before = Slack.Calls.Count;

        foreach (var (path, body, type) in requests)
        {
            var response = await App.PostSignedAsync(path, body, type, request => Tamper(request, how, body));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{what} on {path}");
            (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        }

        (await App.DealsAsync()).ShouldBeEmpty();
        Slack.Calls.Count.ShouldBe(before, "nothing was asked of Slack");

        // The event id was not recorded either: the genuine delivery is processed.
        await App.EventAsync(eventJson);
        await Slack.WaitForAsync("chat.postMessage");
        (await App.DealsAsync()).Count.ShouldBe(1);
    }

    private void Tamper(HttpRequestMessage request, string how, string body)
    {
        var now = App.Clock.GetUtcNow();
        string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        void Sign(string timestamp, string signedBody, string? prefix = null)
        {
            request.Headers.Remove(SlackRequestVerifier.TimestampHeader);
            request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
            request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
            var signature = SlackRequestVerifier.Sign(SlackApp.Secret, timestamp, Encoding.UTF8.GetBytes(signedBody));
            request.Headers.Add(SlackRequestVerifier.SignatureHeader, prefix is null ? signature : prefix + signature[3..]);
        }

        switch (how)
        {
            case "bad":
                Sign(Stamp(now), body + "x");
                break;
            case "stale":
                Sign(Stamp(now.AddSeconds(-301)), body);
                break;
            case "future":
                Sign(Stamp(now.AddSeconds(301)), body);
                break;
            case "missing":
                request.Headers.Remove(SlackRequestVerifier.TimestampHeader);
                request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
                break;
            case "nosignature":
                request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
                break;
            case "version":
                Sign(Stamp(now), body, "v1=");
                break;
            case "body":
                // Signed for the original body, sent with one character changed.
                request.Content = new StringContent(body.Replace("Evil", "Evel", StringComparison.Ordinal), Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded");
                break;
        }
    }
}
