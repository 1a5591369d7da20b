using System.Text.Json.Nodes;
using FollowBot.Slack;
using FollowBot.Slack.Inbound;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.Signing;
using Microsoft.Extensions.Options;

namespace FollowBot.Bench.Ceiling;

/// <summary>
/// The signed floor: the request-level work FollowBot's /slack/commands does before any command work, with
/// FollowBot's own code (SlackEndpoints' handling up to the receiver, and the receiver's first check), then a constant
/// ephemeral acknowledgement like the Bolt app's. What FollowBot's Slack path costs beyond this is the command.
/// </summary>
internal static class SignedFloor
{
    public const string Path = "/slack/commands-signed";

    public static void MapSignedFloor(this WebApplication app, string signingSecret)
    {
        var verifier = new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = signingSecret }), TimeProvider.System);
        app.MapPost(Path, (HttpContext http) => HandleAsync(http, verifier));
    }

    private static async Task HandleAsync(HttpContext http, SlackRequestVerifier verifier)
    {
        var body = await SlackRequestReader.ReadAsync(http.Request.Body, http.Request.ContentLength, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var check = verifier.Verify(
            http.Request.Headers[SlackRequestVerifier.TimestampHeader].FirstOrDefault(),
            http.Request.Headers[SlackRequestVerifier.SignatureHeader].FirstOrDefault(),
            body);
        if (check != SignatureCheck.Valid)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!string.Equals(SlackEndpoints.MediaTypeOf(http.Request.ContentType), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        // SlashCommandReceiver's first check, which also keeps the parsed command in use.
        var command = SlashCommand.FromForm(SlackEndpoints.ParseForm(body));
        if (command.IsSslCheck || command.TeamId is null || command.UserId is null)
        {
            return;
        }

        // A new JsonObject written as FollowBot writes its acknowledgement (SlackAck's body through WriteAsJsonAsync).
        var ack = new JsonObject { ["response_type"] = "ephemeral", ["text"] = "Your open deals are on their way." };
        await http.Response.WriteAsJsonAsync(ack, http.RequestAborted);
    }
}
