using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Playground;

/// <summary>
/// The Playground channel: the same engine and the same (Teams) Adaptive Card templates, over plain JSON, with no
/// authentication — which is why it only exists in Development or when explicitly enabled.
/// </summary>
public static class PlaygroundEndpoints
{
    public const string Channel = "playground";

    public static IEndpointRouteBuilder MapFollowBotPlayground(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var group = app.MapGroup("/api/playground");
        group.MapPost("/messages", PostAsync);
        group.MapGet("/messages", GetAsync);
        group.MapGet("/events", PlaygroundEvents.StreamAsync);
        group.MapGet("/members", PlaygroundMembersEndpoints.ListAsync);
        group.MapPost("/members", PlaygroundMembersEndpoints.AddAsync);
        group.MapGet("/ui", (string? lang) => Results.Ok(PlaygroundPageText.For(lang)));
        group.MapGet("/features", (EndpointDataSource endpoints) => Results.Ok(new
        {
            // The clock control exists only where the clock can be moved (Development): the page asks rather than guesses.
            clock = endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText?.TrimEnd('/') == "/api/playground/clock"),
        }));
        group.MapPost("/demo", async (PlaygroundDemo demo, CancellationToken cancellationToken) =>
            Results.Ok(new { deals = await demo.SeedAsync(cancellationToken) }));
        return app;
    }

    private static async Task<IResult> PostAsync(HttpRequest request, CommandEngine engine, PlaygroundReplyRenderer renderer, IOptions<PlaygroundOptions> options, CancellationToken cancellationToken)
    {
        var (message, problem) = await PlaygroundRequestReader.ReadAsync(request, cancellationToken);
        if (message is null)
        {
            return Results.BadRequest(new PlaygroundProblem(problem!));
        }

        var envelope = new CommandEnvelope(
            new WorkspaceRef(options.Value.Workspace, "Playground"),
            new ActorRef(message.User!.Trim(), message.User.Trim()),
            Channel,
            message.Text,
            message.Action is { } a ? new CardAction(a.Verb!, PlaygroundRequestReader.Flatten(a.Data)) : null,
            Conversation: new ConversationRef(Channel, message.User.Trim()));
        var outcome = await engine.HandleAsync(envelope, cancellationToken);
        return Results.Ok(new PlaygroundReplies(outcome.Replies.Select(r => renderer.Render(r)).ToList()));
    }

    private static async Task<IResult> GetAsync(string? user, string? after, MemberDirectoryReader members, IMessageLog log, PlaygroundReplyRenderer renderer, IOptions<PlaygroundOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return Results.BadRequest(new PlaygroundProblem("Add ?user=<name>: whose messages to list."));
        }

        long cursor = 0;
        if (after is not null && (!long.TryParse(after, out cursor) || cursor < 0))
        {
            return Results.BadRequest(new PlaygroundProblem($"'after' must be a cursor returned as 'next' (got '{after}')."));
        }

        var member = await members.FindAsync(options.Value.Workspace, user.Trim(), cancellationToken);
        if (member is null)
        {
            return Results.Ok(new PlaygroundInbox([], cursor.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var messages = await log.ListAsync(member.WorkspaceId, member.Id, cursor, 500, cancellationToken);
        var next = messages.Count > 0 ? messages[^1].Id : cursor;
        return Results.Ok(new PlaygroundInbox(
            messages.Select(m => new PlaygroundInboxItem(m.Id, m.At, m.Text, renderer.Parse(m.CardJson))).ToList(),
            next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
