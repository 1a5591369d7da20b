using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace FollowBot.Bench.Channels;

/// <summary>
/// Fills a fresh FollowBot database the way members would: 1,000 `/follow lead` commands from the Slack member the
/// load speaks for, and one `lead` from each Teams member (so each has a deal of their own and a stored chat).
/// Everything goes through FollowBot's own signed endpoints.
/// </summary>
internal sealed class Seed(HttpClient http, string origin, string signingSecret, FakeMicrosoft microsoft)
{
    public const string SlackTeam = "T0BENCH";
    public const string SlackUser = "U0BENCHREP";

    public async Task SlackDealsAsync(int count)
    {
        await Parallel.ForAsync(1, count + 1, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var text = Uri.EscapeDataString($"lead \"Bench Company {i}\" value={(i % 97) + 1}万 grade={"ABC"[i % 3]}");
            var body = $"token=bench&team_id={SlackTeam}&user_id={SlackUser}&command=%2Ffollow&text={text}&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id=1.2.{i}";
            using var request = new HttpRequestMessage(HttpMethod.Post, origin + "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"))));
            using var response = await http.SendAsync(request, ct);
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode || !answer.Contains('#', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Seeding Slack lead {i}: {(int)response.StatusCode} {answer}");
            }
        });
    }

    public async Task TeamsMembersAsync(int members, string serviceUrl)
    {
        var token = microsoft.MintChannelToken(serviceUrl);
        var before = microsoft.Replies.Count;
        await Parallel.ForAsync(0, members, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (m, ct) =>
        {
            var activity = $$$"""
                {"type":"message","id":"seed-{{{m}}}","serviceUrl":"{{{serviceUrl}}}","channelId":"msteams","from":{"id":"29:bench-{{{m}}}","name":"Bench Rep {{{m}}}","aadObjectId":"00000000-0000-0000-0000-{{{m:D12}}}" },"conversation":{"conversationType":"personal","tenantId":"{{{FakeMicrosoft.Tenant}}}","id":"a:bench-chat-{{{m}}}"},"recipient":{"id":"28:{{{FakeMicrosoft.AppId}}}","name":"FollowBot"},"text":"lead \"Teams Company {{{m}}}\" value=3万","locale":"en-US","localTimezone":"Asia/Shanghai","channelData":{"tenant":{"id":"{{{FakeMicrosoft.Tenant}}}"} } }
                """;
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, origin + "/api/messages") { Content = new StringContent(activity, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request, ct);
                if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct); // FollowBot's queue is full: send again, as Teams does
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Seeding Teams member {m}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                }

                break;
            }
        });

        // Every lead is answered through the connector once it is stored.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (microsoft.Replies.Count - before < members)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new InvalidOperationException($"Only {microsoft.Replies.Count - before} of {members} Teams leads were answered.");
            }

            await Task.Delay(50);
        }
    }
}
