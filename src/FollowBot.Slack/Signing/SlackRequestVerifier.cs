using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.Signing;

/// <summary>
/// Slack's request signing, v0 (https://docs.slack.dev/authentication/verifying-requests-from-slack/):
/// HMAC-SHA256 over <c>v0:{timestamp}:{raw body bytes}</c> with the signing secret, compared in fixed time, and
/// the timestamp within five minutes of our clock in either direction (a replay guard; the clock is a TimeProvider).
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public static readonly TimeSpan MaxSkew = TimeSpan.FromSeconds(300);
    private const string Version = "v0";

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        // Digits only: the timestamp is signed as sent, so "+1531420618" or " 1531420618" must not pass as a number.
        if (timestamp.Length > 12 || !timestamp.All(char.IsAsciiDigit) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.BadTimestamp;
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (skew.Duration() > MaxSkew)
        {
            return SignatureCheck.Stale;
        }

        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal))
        {
            return SignatureCheck.WrongVersion;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary><c>v0=</c> and the lower-case hex HMAC of the base string; what Slack puts in <c>X-Slack-Signature</c>.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return Version + "=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
