using System.Text;
using System.Text.Json;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// The three Request URLs of the manifest. Each reads the raw body, verifies Slack's signature over exactly those
/// bytes (anything wrong: 401, nothing parsed, nothing stored), then parses and hands the payload to the receiver
/// that Socket Mode uses too. The handlers take only HttpContext: model binding would consume the body, and
/// minimal-API form binding would demand an antiforgery token Slack can't send.
/// </summary>
public static class SlackEndpoints
{
    public const string Commands = "/slack/commands";
    public const string Events = "/slack/events";
    public const string Interactions = "/slack/interactions";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Commands, CommandsAsync).ExcludeFromDescription();
        app.MapPost(Events, EventsAsync).ExcludeFromDescription();
        app.MapPost(Interactions, InteractionsAsync).ExcludeFromDescription();
        return app;
    }

    private static Task CommandsAsync(HttpContext http) =>
        HandleAsync(http, "application/x-www-form-urlencoded", async (body, services, ct) =>
        {
            var form = ParseForm(body);
            return await services.GetRequiredService<SlashCommandReceiver>().ReceiveAsync(SlashCommand.FromForm(form), ct);
        });

    private static Task EventsAsync(HttpContext http) =>
        HandleAsync(http, "application/json", async (body, services, ct) =>
        {
            var envelope = JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventEnvelope);
            return envelope is null
                ? new SlackAck(null, StatusCodes.Status400BadRequest)
                : await services.GetRequiredService<EventReceiver>().ReceiveAsync(envelope, http.Request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), ct);
        });

    private static Task InteractionsAsync(HttpContext http) =>
        HandleAsync(http, "application/x-www-form-urlencoded", async (body, services, ct) =>
        {
            // Interactions are a form with a single field, payload, holding the JSON.
            var payloadJson = ParseForm(body).GetValueOrDefault("payload");
            var payload = payloadJson is null ? null : JsonSerializer.Deserialize(payloadJson, SlackJsonContext.Default.InteractionPayload);
            return payload is null
                ? new SlackAck(null, StatusCodes.Status400BadRequest)
                : await services.GetRequiredService<InteractionReceiver>().ReceiveAsync(payload, ct);
        });

    private static async Task HandleAsync(HttpContext http, string mediaType, Func<byte[], IServiceProvider, CancellationToken, Task<SlackAck>> receive)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints));
        var body = await SlackRequestReader.ReadAsync(http.Request.Body, http.Request.ContentLength, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var check = services.GetRequiredService<SlackRequestVerifier>().Verify(
            http.Request.Headers[SlackRequestVerifier.TimestampHeader].FirstOrDefault(),
            http.Request.Headers[SlackRequestVerifier.SignatureHeader].FirstOrDefault(),
            body);
        if (check != SignatureCheck.Valid)
        {
            Log.Rejected(logger, http.Request.Path, check);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // Media types, not raw header strings: a proxy may add "; charset=utf-8".
        if (!string.Equals(MediaTypeOf(http.Request.ContentType), mediaType, StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        SlackAck ack;
        try
        {
            ack = await receive(body, services, http.RequestAborted);
        }
        catch (JsonException ex)
        {
            Log.Unreadable(logger, ex, http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (WebApi.SlackApiException ex) when (ex.ErrorCode == "not_installed")
        {
            // Signed by our app but for a team we hold no token for: nothing we can do, and a retry won't help.
            Log.NotInstalled(logger, http.Request.Path);
            http.Response.Headers["X-Slack-No-Retry"] = "1";
            return;
        }

        http.Response.StatusCode = ack.Status;
        if (ack.Body is not null)
        {
            await http.Response.WriteAsJsonAsync(ack.Body, http.RequestAborted);
        }
    }

    internal static Dictionary<string, string> ParseForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);

    internal static string? MediaTypeOf(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;
}
