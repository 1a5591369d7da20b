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
}
