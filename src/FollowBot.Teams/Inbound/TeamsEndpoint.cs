using FollowBot.Teams.Auth;
using FollowBot.Teams.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c> (teams-protocol.md §1.1): authenticate, parse, then answer an invoke inline or queue
/// the activity and answer 200 at once. A refused request is never parsed further, queued or stored.
/// </summary>
internal static class TeamsEndpoint
{
    public static async Task<IResult> PostAsync(
        HttpRequest request,
        BotFrameworkAuthenticator authenticator,
        TeamsInbox inbox,
        ILogger<BotFrameworkAuthenticator> logger,
        CancellationToken cancellationToken)
    {
        var body = await ActivityReader.ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Overloaded: refuse before the token check (an RSA signature per request was what the refusals cost). Card
        // clicks are refused too while every lane is full; Teams shows the click failed and the member clicks again.
        if (inbox.IsFull)
        {
            return Busy(request, inbox, logger);
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), cancellationToken);
        if (!auth.Succeeded)
        {
            Log.Refused(logger, auth.Failure!);
            return Results.Unauthorized();
        }

        var (activity, problem) = ActivityReader.Parse(body);
        if (activity is null)
        {
            Log.BadActivity(logger, problem!);
            return Results.BadRequest();
        }

        if (BotFrameworkAuthenticator.CheckActivity(auth, activity) is { } failure)
        {
            Log.Refused(logger, failure);
            return Results.Unauthorized();
        }

        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                // Resolved only here: building the engine for every queued message would be wasted work.
                var invokes = request.HttpContext.RequestServices.GetRequiredService<InvokeHandler>();
                var (status, response) = await invokes.HandleAsync(activity, cancellationToken);
                return response is null ? Results.StatusCode(status) : Results.Json(response, TeamsJson.Default.InvokeResponse, statusCode: status);
            case ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                return inbox.TryPost(new ActivityWork(activity)) ? Results.Ok() : Busy(request, inbox, logger);
            default:
                // Spec A2014: unknown activity types are accepted and ignored.
                return Results.Ok();
        }
    }

    /// <summary>503 with Retry-After: Teams sends the activity again (teams-protocol.md §1.1).</summary>
    private static IResult Busy(HttpRequest request, TeamsInbox inbox, ILogger logger)
    {
        if (inbox.Refused() is > 0 and var refused)
        {
            Log.InboxFull(logger, refused);
        }

        request.HttpContext.Response.Headers.RetryAfter = "1";
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
