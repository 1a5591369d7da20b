using FollowBot.Core.Persistence;
using FollowBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Slack.Tests.EndToEnd;

/// <summary>A command slower than the acknowledgement budget: a line now, the answer through response_url later.</summary>
public sealed class SlowCommandTests : SlackTestBase
{
    [Fact]
    public async Task A_slow_command_is_acknowledged_at_the_budget_and_answered_later_through_response_url()
    {
        var gate = new DealStoreGate();
        var app = StartApp(services: services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IDealStore));
            services.Remove(real);
            services.AddScoped<IDealStore>(sp => new GatedDealStore((IDealStore)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), gate));
        });

        var pending = app.CommandAsync(Rep, "lead Acme");
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        pending.IsCompleted.ShouldBeFalse("the command waits for the database, the acknowledgement for the budget");
        app.Clock.Advance(TimeSpan.FromSeconds(2.5));
        var ack = await JsonBodyAsync(await pending.WaitAsync(TimeSpan.FromSeconds(15), Ct));

        ((string?)ack!["response_type"]).ShouldBe("ephemeral");
        ((string)ack["text"]!).ShouldStartWith("Working on it");
        Slack.CallsTo("response_url").ShouldBeEmpty();

        gate.Open.SetResult();
        var late = await Slack.WaitForAsync("response_url");
        string.Join("\n", late.Texts()).ShouldContain("#1 Acme");
        ((string?)late.Json["response_type"]).ShouldBe("ephemeral");
        (await app.DealAsync(1)).ShouldNotBeNull();
    }
}
