using System.Globalization;
using System.Text.Json;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Playground;

/// <summary>
/// <c>GET /api/playground/events[?user=…][&amp;after=…]</c>: proactive messages as Server-Sent Events — one member's,
/// or the whole Playground's with each event naming its member — so the page shows nudges the moment they are
/// sent. The event id is the message cursor: a reconnecting browser resumes with <c>Last-Event-ID</c>.
/// </summary>
internal static class PlaygroundEvents
{
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task StreamAsync(HttpContext http, string? user, string? after, IServiceScopeFactory scopes,
        PlaygroundInboxSignal signal, PlaygroundReplyRenderer renderer, TimeProvider time, IOptions<PlaygroundOptions> options)
    {
        var cancel = http.RequestAborted;
        var resume = http.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? after;
        _ = long.TryParse(resume, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(": connected\n\n", cancel);
        await http.Response.Body.FlushAsync(cancel);

        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var wake = signal.WaitAsync(Look, time, cancel);
                using (var scope = scopes.CreateScope())
                {
                    foreach (var item in await NextAsync(scope.ServiceProvider, user?.Trim(), cursor, renderer, options.Value.Workspace, cancel))
                    {
                        await http.Response.WriteAsync($"id: {item.Id}\nevent: message\ndata: {JsonSerializer.Serialize(item, Json)}\n\n", cancel);
                        cursor = item.Id;
                    }

                    await http.Response.Body.FlushAsync(cancel);
                }

                await wake;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The browser went away: the normal end of a stream.
        }
    }

    private static async Task<IReadOnlyList<PlaygroundStreamItem>> NextAsync(IServiceProvider services, string? user, long cursor,
        PlaygroundReplyRenderer renderer, string workspaceKey, CancellationToken cancel)
    {
        var workspace = await services.GetRequiredService<IWorkspaceStore>().FindByKeyAsync(workspaceKey, cancel);
        if (workspace is null)
        {
            return [];
        }

        var members = await services.GetRequiredService<IMemberStore>().ListAsync(workspace.Id, cancel);
        var log = services.GetRequiredService<IMessageLog>();
        IReadOnlyList<LoggedMessage> messages;
        if (string.IsNullOrEmpty(user))
        {
            messages = await log.ListWorkspaceAsync(workspace.Id, cursor, 100, cancel);
        }
        else
        {
            var member = members.FirstOrDefault(m => m.ExternalId == user);
            messages = member is null ? [] : await log.ListAsync(workspace.Id, member.Id, cursor, 100, cancel);
        }

        var names = members.ToDictionary(m => m.Id, m => m.ExternalId);
        return messages.Select(m => new PlaygroundStreamItem(m.Id, names.GetValueOrDefault(m.Member, "?"), m.At, m.Text, renderer.Parse(m.CardJson))).ToList();
    }
}
