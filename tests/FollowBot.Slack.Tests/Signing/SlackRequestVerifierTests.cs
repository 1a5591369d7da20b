using System.Text;
using FollowBot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Slack.Tests.Signing;

/// <summary>Slack's request signing, checked against the example in Slack's docs (reproduced in python-slack-sdk's tests).</summary>
public sealed class SlackRequestVerifierTests
{
    // https://docs.slack.dev/authentication/verifying-requests-from-slack/ — the documented example request.
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(DocBody);

    private static SlackRequestVerifier Verifier(string? secret = DocSecret, int clockOffsetSeconds = 0) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + clockOffsetSeconds)));

    [Fact]
    public void Slacks_documented_example_verifies_at_its_own_timestamp() =>
        Verifier().Verify(DocTimestamp, DocSignature, Body).ShouldBe(SignatureCheck.Valid);

    [Fact]
    public void Signing_the_documented_example_gives_the_documented_signature() =>
        SlackRequestVerifier.Sign(DocSecret, DocTimestamp, Body).ShouldBe(DocSignature);

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Accepts_a_timestamp_exactly_five_minutes_off(int seconds) =>
        Verifier(clockOffsetSeconds: seconds).Verify(DocTimestamp, DocSignature, Body).ShouldBe(SignatureCheck.Valid);

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86400)]
    public void Rejects_a_timestamp_more_than_five_minutes_from_now_in_either_direction(int seconds) =>
        Verifier(clockOffsetSeconds: seconds).Verify(DocTimestamp, DocSignature, Body).ShouldBe(SignatureCheck.Stale);

    [Fact]
    public void Rejects_a_tampered_body() =>
        Verifier().Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody.Replace("text=", "text=lead%20Evil", StringComparison.Ordinal))).ShouldBe(SignatureCheck.Mismatch);

    [Fact]
    public void Rejects_a_body_reencoded_after_form_parsing()
    {
        // %2F decoded to '/' is the same form to a parser but not the bytes Slack signed.
        var decoded = Encoding.UTF8.GetBytes(DocBody.Replace("%2F", "/", StringComparison.Ordinal));
        Verifier().Verify(DocTimestamp, DocSignature, decoded).ShouldBe(SignatureCheck.Mismatch);
    }

    [Fact]
    public void Rejects_a_signature_made_with_another_secret() =>
        Verifier("another-secret").Verify(DocTimestamp, DocSignature, Body).ShouldBe(SignatureCheck.Mismatch);

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("V0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Rejects_any_version_but_v0(string signature) =>
        Verifier().Verify(DocTimestamp, signature, Body).ShouldBe(SignatureCheck.WrongVersion);

    [Fact]
    public void Rejects_an_upper_case_hex_signature_because_slack_sends_lower_case() =>
        Verifier().Verify(DocTimestamp, "v0=" + DocSignature[3..].ToUpperInvariant(), Body).ShouldBe(SignatureCheck.Mismatch);

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData("", DocSignature)]
    [InlineData(DocTimestamp, "")]
    public void Rejects_missing_headers(string? timestamp, string? signature) =>
        Verifier().Verify(timestamp, signature, Body).ShouldBe(SignatureCheck.MissingHeaders);

    [Theory]
    [InlineData("+1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999")]
    public void Rejects_a_timestamp_that_is_not_plain_digits(string timestamp) =>
        Verifier().Verify(timestamp, DocSignature, Body).ShouldBe(SignatureCheck.BadTimestamp);

    [Fact]
    public void Without_a_secret_nothing_verifies() =>
        Verifier(null).Verify(DocTimestamp, DocSignature, Body).ShouldBe(SignatureCheck.NoSecret);
}
