using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.WebApi;

/// <summary>
/// Slack's Web API over one HttpClient whose base address is <see cref="SlackOptions.ApiUrl"/>. Writes go as JSON
/// (<c>application/json; charset=utf-8</c>), reads as a form, both with the token as a Bearer header
/// (https://docs.slack.dev/apis/web-api/). <c>ok:false</c> becomes a <see cref="SlackApiException"/>; a 429 waits the
/// <c>Retry-After</c> Slack asks for (on the TimeProvider) and tries again. Clients come from the factory per call,
/// so DNS changes are picked up although this client lives as long as the app.
/// </summary>
public sealed class SlackApiClient(IHttpClientFactory clients, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "slack";

    /// <summary>Used when a 429 carries no Retry-After header.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>POSTs <paramref name="body"/> as JSON to <c>{ApiUrl}{method}</c>; returns the whole response object.</summary>
    public Task<JsonElement> CallAsync(string method, string token, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(method, token, () => JsonContent.Create(body), cancellationToken);

    /// <summary>POSTs form fields, for the read methods that don't take JSON (auth.test, users.info, apps.connections.open).</summary>
    public Task<JsonElement> CallFormAsync(string method, string token, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        SendAsync(method, token, () => new FormUrlEncodedContent(fields), cancellationToken);

    /// <summary>
    /// POSTs to a <c>response_url</c> (no token: the URL is the credential). Valid 30 minutes for 5 uses; Slack answers
    /// plain <c>ok</c> or a JSON error, and a failure there is logged by the caller, not retried in a loop.
    /// </summary>
    public async Task PostToResponseUrlAsync(string responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(HttpClientName).PostAsync(new Uri(responseUrl, UriKind.Absolute), JsonContent.Create(body), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", [text]);
        }
    }

    private async Task<JsonElement> SendAsync(string method, string token, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Value.ApiUrl), method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter(response);
                if (attempt >= options.Value.RateLimitRetries)
                {
                    throw new SlackApiException(method, "ratelimited", [$"still limited after {attempt} retries; Retry-After {wait.TotalSeconds:0} s"]);
                }

                Log.ApiRateLimited(logger, method, wait.TotalSeconds, attempt + 1);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            }

            var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            {
                throw new SlackApiException(method, Text(json, "error") ?? "invalid_response", Messages(json));
            }

            return json;
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } when delta > TimeSpan.Zero => delta,
            _ => DefaultRetryAfter,
        };

    internal static string? Text(JsonElement json, params string[] path)
    {
        var node = json;
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
    }

    private static List<string> Messages(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && json.TryGetProperty("response_metadata", out var meta)
        && meta.ValueKind == JsonValueKind.Object
        && meta.TryGetProperty("messages", out var messages)
        && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList()
            : [];
}
