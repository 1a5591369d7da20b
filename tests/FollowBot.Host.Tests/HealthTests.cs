using System.Net;

namespace FollowBot.Host.Tests;

/// <summary><c>/healthz</c> follows the configured database, whichever provider it is.</summary>
public abstract class HealthTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : HealthTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : HealthTests(TestProvider.Postgres);

    [Fact]
    public async Task Health_is_ok_while_the_database_answers_and_fails_once_it_is_gone()
    {
        await using var app = new FollowBotApp(Database);
        var client = app.CreateClient();
        (await client.GetAsync("/healthz", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Database.DisposeAsync();

        (await client.GetAsync("/healthz", Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
