using System.Net.Http.Json;
using System.Text.Json;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.Playground;

/// <summary>Messages FollowBot sends on its own reach the member's Playground inbox, oldest first, paged by cursor.</summary>
public abstract class PlaygroundPublisherTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PlaygroundPublisherTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PlaygroundPublisherTests(TestProvider.Postgres);

    [Fact]
    public async Task A_published_message_appears_in_the_members_inbox_with_its_rendered_card()
    {
        await using var app = new FollowBotApp(Database);
        await app.SayAsync("alice", "help");
        using (var scope = app.Services.CreateScope())
        {
            var sp = scope.ServiceProvider;
            var workspace = await sp.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
            var alice = await sp.GetRequiredService<IMemberStore>().FindByExternalIdAsync(workspace!.Id, "alice", default);
            var conversation = await sp.GetRequiredService<IConversationStore>().FindAsync(workspace.Id, alice!.Id, "playground", default);
            conversation.ShouldBe(new ConversationRef("playground", "alice"));
            var publisher = sp.GetServices<IChatPublisher>().Single(p => p.Channel == conversation!.Channel);
            var view = new DealListView("Overdue", [], "Nothing");
            (await publisher.PublishAsync(alice, new Reply("first", new CardReply(CardId.DealList, view)), default)).Delivered.ShouldBeTrue();
            await publisher.PublishAsync(alice, new Reply("second"), default);
        }

        var client = app.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/playground/messages?user=alice");
        var messages = all.GetProperty("messages");
        messages.GetArrayLength().ShouldBe(2);
        messages[0].GetProperty("text").GetString().ShouldBe("first");
        messages[0].GetProperty("card").GetProperty("type").GetString().ShouldBe("AdaptiveCard");
        var next = all.GetProperty("next").GetString();

        var after = await client.GetFromJsonAsync<JsonElement>($"/api/playground/messages?user=alice&after={messages[0].GetProperty("id").GetInt64()}");
        after.GetProperty("messages").GetArrayLength().ShouldBe(1);
        var none = await client.GetFromJsonAsync<JsonElement>($"/api/playground/messages?user=alice&after={next}");
        none.GetProperty("messages").GetArrayLength().ShouldBe(0);
        none.GetProperty("next").GetString().ShouldBe(next);
    }

    [Fact]
    public async Task An_outbox_message_published_again_under_its_key_stays_one_message_even_from_two_hosts_at_once()
    {
        // Their schedulers off: a morning digest for alice would land in the inbox too.
        var quiet = new Dictionary<string, string?> { ["FollowBot:Nudges:Enabled"] = "false" };
        await using var a = new FollowBotApp(Database, settings: quiet, instance: "a");
        await using var b = new FollowBotApp(Database, settings: quiet, instance: "b");
        await a.SayAsync("alice", "help");

        var first = await PublishAsync(a, "nudge #1", "nudge:1");
        var again = await PublishAsync(b, "nudge #1", "nudge:1");
        var racing = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PublishAsync(i % 2 == 0 ? a : b, "nudge #2", "nudge:2")));

        first.ShouldBe(new PublishResult(true, first.MessageId));
        first.MessageId.ShouldNotBeNull();
        again.ShouldBe(new PublishResult(true), "a repeat counts as delivered, without a message of its own");
        racing.ShouldAllBe(r => r.Delivered);
        racing.Count(r => r.MessageId != null).ShouldBe(1);
        var inbox = await a.CreateClient().GetFromJsonAsync<JsonElement>("/api/playground/messages?user=alice");
        inbox.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ShouldBe(["nudge #1", "nudge #2"]);
    }

    private static async Task<PublishResult> PublishAsync(FollowBotApp app, string text, string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = await sp.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
        var alice = await sp.GetRequiredService<IMemberStore>().FindByExternalIdAsync(workspace!.Id, "alice", default);
        var publisher = sp.GetServices<IChatPublisher>().Single(p => p.Channel == "playground");
        return await publisher.PublishAsync(alice!, new Reply(text), key, default);
    }
}
