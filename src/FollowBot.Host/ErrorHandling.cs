using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace FollowBot.Host;

/// <summary>
/// The last line of defence: an unexpected failure answers a short JSON error with a trace id (never a stack
/// trace), and a request the server itself refuses (a body too large, a bad header) keeps its 4xx status.
/// </summary>
public static class ErrorHandling
{
    public static IApplicationBuilder UseFollowBotErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A body that stops half-way (the client hung up, a load generator stopped) is the client's doing: answered
            // 400 like any unreadable request, without an error and a stack trace in the log for each one.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
            ExceptionHandler = Respond,
        });

    private static readonly RequestDelegate Respond = async context =>
    {
        var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = failure is BadHttpRequestException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var message = status == 400 ? "The request could not be read: " + failure!.Message : "Something went wrong on our side; trace id " + context.TraceIdentifier;
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }));
    };
}
