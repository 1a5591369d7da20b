using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FollowBot.Teams.Auth;
using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// The Connector REST API at an activity's <c>serviceUrl</c> (teams-protocol.md §3.2): reply, send, update (PUT) and
/// create conversation. Retries of 429/412/502/503/504 (honouring Retry-After) live in the HttpClient's resilience
/// handler; here: the serviceUrl lock, the per-conversation rate, the token, one forced token refresh on a 401.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, ServiceUrlPolicy policy, ConversationThrottle throttle)
{
    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}", activity, TeamsJson.Default.OutgoingActivity, cancellationToken);

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{E(conversationId)}/activities", activity, TeamsJson.Default.OutgoingActivity, cancellationToken);

    /// <summary>Replaces a message FollowBot sent (a card after a click), for everyone in the conversation.</summary>
    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, conversationId, $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}", activity, TeamsJson.Default.OutgoingActivity, cancellationToken);

    /// <summary>Opens (or finds) the 1:1 chat with a member; it counts against the same rate as sends.</summary>
    public Task<ResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "create:" + parameters.TenantId, "v3/conversations", parameters, TeamsJson.Default.ConversationParameters, cancellationToken);

    /// <summary>The serialized size Teams measures against its ~100 KB message limit (we keep under 80 KB).</summary>
    public static int Size(OutgoingActivity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJson.Default.OutgoingActivity).Length;

    private async Task<ResourceResponse> CallAsync<T>(HttpMethod method, string serviceUrl, string throttleKey, string path, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        if (!policy.Allows(serviceUrl))
        {
            throw new ConnectorException(HttpStatusCode.Forbidden, "ServiceUrlNotAllowed", $"FollowBot does not send to {serviceUrl}.");
        }

        await throttle.WaitAsync(throttleKey, cancellationToken);
        var uri = new Uri(serviceUrl.TrimEnd('/') + "/" + path);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, type);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var token = await tokens.GetTokenAsync(forceRefresh: attempt > 0, cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && attempt == 0)
            {
                // The cached token may have expired in flight (teams.ts #493): refresh once, then give up.
                continue;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return string.IsNullOrWhiteSpace(text) ? new ResourceResponse(null) : JsonSerializer.Deserialize(text, TeamsJson.Default.ResourceResponse) ?? new ResourceResponse(null);
            }

            var (code, message) = ConnectorError.Parse(text);
            throw new ConnectorException(response.StatusCode, code, message);
        }
    }

    private static string E(string value) => Uri.EscapeDataString(value);
}
