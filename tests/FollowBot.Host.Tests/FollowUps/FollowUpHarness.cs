using System.Net.Http.Json;
using System.Text.Json;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>What the follow-up tests do to a running FollowBotApp: sweep now, read inboxes, move deadlines and people.</summary>
internal static class FollowUpHarness
{
    public static async Task<SweepTally> SweepAsync(this FollowBotApp app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpSweeper>().SweepAsync(cancellationToken);
    }

    public static async Task<int> PlanDigestsAsync(this FollowBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanAsync(app.Clock.GetUtcNow(), default);
    }

    /// <summary>Moves the fake clock to an instant and sweeps there.</summary>
    public static async Task<SweepTally> SweepAtAsync(this FollowBotApp app, DateTimeOffset at)
    {
        app.Clock.AdjustTime(at);
        return await app.SweepAsync();
    }

    public static async Task<List<InboxItem>> InboxAsync(this FollowBotApp app, string user)
    {
        var inbox = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/playground/messages?user={user}");
        return [.. inbox.GetProperty("messages").EnumerateArray().Select(m => new InboxItem(
            m.GetProperty("at").GetDateTimeOffset(),
            m.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            m.TryGetProperty("card", out var c) && c.ValueKind == JsonValueKind.Object ? c : null))];
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(this FollowBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowBotDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }

    public static async Task SetDueAsync(this FollowBotApp app, int number, DateTimeOffset due)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var deals = scope.ServiceProvider.GetRequiredService<IDealStore>();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
        var deal = (await deals.GetByNumberAsync(workspace!.Id, number, default))!;
        deal.SetDue(due, app.Clock.GetUtcNow());
        (await deals.SaveAsync(deal, [], default)).ShouldBe(SaveResult.Saved);
    }

    public static async Task SetTimeZoneAsync(this FollowBotApp app, string user, string zone)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
        var member = (await members.FindByExternalIdAsync(workspace!.Id, user, default))!;
        member.Refresh(null, null, zone, null).ShouldBeTrue();
        await members.SaveAsync(default);
    }

    public static string? CardTitle(this InboxItem item) =>
        item.Card?.GetProperty("body")[0].GetProperty("text").GetString();

    /// <summary>The <c>nudge</c> tag the card's first button carries.</summary>
    public static string Tag(this InboxItem item) =>
        Actions(item.Card!.Value).First(a => a.TryGetProperty("data", out var d) && d.TryGetProperty("nudge", out _)).GetProperty("data").GetProperty("nudge").GetString()!;

    private static IEnumerable<JsonElement> Actions(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => (node.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Action.", StringComparison.Ordinal) ? [node] : Enumerable.Empty<JsonElement>())
            .Concat(node.EnumerateObject().SelectMany(p => Actions(p.Value))),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Actions),
        _ => [],
    };
}

internal sealed record InboxItem(DateTimeOffset At, string? Text, JsonElement? Card);
