using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace FollowBot.Host.Tests.Playground;

/// <summary>Bad requests get a 400 with a sentence that says what was wrong, never a 500; reading inboxes pages by cursor.</summary>
public abstract class PlaygroundApiTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PlaygroundApiTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PlaygroundApiTests(TestProvider.Postgres);

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"user\":\"alice\",\"text\":\"help\",\"colour\":\"red\"}", "colour")]
    [InlineData("{\"user\":\"alice\",\"text\":\"   \"}", "'text' is empty")]
    [InlineData("{\"text\":\"help\"}", "'user' is required")]
    [InlineData("", "empty")]
    [InlineData("[1,2]", "not valid JSON")]
    [InlineData("{\"user\":\"alice\",\"action\":{\"data\":{}}}", "action.verb")]
    [InlineData("{\"user\":\"alice\",\"text\":\"help\",\"action\":{\"verb\":\"help\"}}", "not both")]
    public async Task Malformed_requests_get_a_clear_400(string body, string expected)
    {
        await using var app = new FollowBotApp(Database);
        var response = await app.CreateClient().PostAsync("/api/playground/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(expected);
    }

    [Fact]
    public async Task A_one_megabyte_body_gets_a_400()
    {
        await using var app = new FollowBotApp(Database);
        var body = "{\"user\":\"alice\",\"text\":\"" + new string('x', 1024 * 1024) + "\"}";
        var response = await app.CreateClient().PostAsync("/api/playground/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("at most");
    }

    [Fact]
    public async Task An_unknown_button_verb_is_a_friendly_reply_not_an_error_status()
    {
        await using var app = new FollowBotApp(Database);
        var replies = await app.ClickAsync("alice", "deal.explode", new { deal = 1 });
        replies[0].Text!.ShouldContain("deal.explode");
    }

    [Fact]
    public async Task Inbox_of_an_unknown_member_is_empty_and_a_bad_cursor_is_a_400()
    {
        await using var app = new FollowBotApp(Database);
        var client = app.CreateClient();
        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/playground/messages?user=nobody");
        inbox.GetProperty("messages").GetArrayLength().ShouldBe(0);
        inbox.GetProperty("next").GetString().ShouldBe("0");
        (await client.GetAsync("/api/playground/messages?user=alice&after=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/playground/messages")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        await using var app = new FollowBotApp(Database);
        (await app.CreateClient().GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_playground_is_off_outside_development_unless_enabled()
    {
        await using var app = new ProductionApp(Database);
        var response = await app.CreateClient().PostAsJsonAsync("/api/playground/messages", new { user = "alice", text = "help" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed class ProductionApp(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in database.Settings())
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
