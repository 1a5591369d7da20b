using System.Globalization;
using System.Text.Json.Serialization;
using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Host.Playground;

/// <summary>
/// <c>POST /api/playground/clock</c> with <c>{"advance":"3d"}</c> (also <c>4h</c>, <c>30m</c>, <c>1d4h</c> or
/// <c>00:00:30</c>) moves FollowBot's clock forward; <c>GET</c> tells the time. Mapped in Development only.
/// </summary>
public static class PlaygroundClockEndpoint
{
    public static IEndpointRouteBuilder MapPlaygroundClock(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/playground/clock");
        group.MapGet("", (TimeProvider time, PlaygroundClock clock) => Results.Ok(new PlaygroundClockState(time.GetUtcNow(), clock.Offset.ToString("c", CultureInfo.InvariantCulture))));
        group.MapPost("", Advance);
        return app;
    }

    private static IResult Advance(PlaygroundClockRequest? request, TimeProvider time, PlaygroundClock clock, ILogger<PlaygroundClock> logger)
    {
        if (!ReferenceEquals(time, clock))
        {
            return Results.Conflict(new PlaygroundProblem("FollowBot is not running on the Playground clock here, so it can't be moved."));
        }

        if (!TryParse(request?.Advance, out var by))
        {
            return Results.BadRequest(new PlaygroundProblem($"'advance' must be a positive span such as \"3d\", \"4h\", \"30m\" or \"00:00:30\" (got '{request?.Advance}')."));
        }

        var now = clock.Advance(by);
        Scheduling.SchedulingLog.ClockAdvanced(logger, clock.Offset, now);
        return Results.Ok(new PlaygroundClockState(now, clock.Offset.ToString("c", CultureInfo.InvariantCulture)));
    }

    internal static bool TryParse(string? text, out TimeSpan span)
    {
        span = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // The clock moves in real time, so "3d" is 72 hours (not three business days).
        if (ValueParsers.TryParseDuration(text, out var days, out var time))
        {
            span = TimeSpan.FromDays(days) + time;
        }
        else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out span))
        {
            return false;
        }

        return span > TimeSpan.Zero && span <= TimeSpan.FromDays(3650);
    }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PlaygroundClockRequest(string? Advance);

public sealed record PlaygroundClockState(DateTimeOffset Now, string Offset);
