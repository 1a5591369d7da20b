using System.Net;
using FollowBot.Teams.Inbound;
using FollowBot.Teams.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>
/// An instance whose every lane is full answers 503 with Retry-After at once, and Teams sends the activity again:
/// nothing is queued beyond the bound, and the activity is taken once there is room.
/// </summary>
public sealed class InboxFullEndpointTests : IAsyncDisposable
{
    private readonly TeamsApp _app = new(new() { ["Teams:Workers"] = "1", ["Teams:QueueCapacity"] = "1" })
    {
        // No worker: what is posted stays in the lane, so the test decides when the inbox is full.
        ExtraServices = services =>
        {
            foreach (var worker in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TeamsWorker)).ToList())
            {
                services.Remove(worker);
            }
        },
    };

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_full_inbox_answers_503_with_retry_after_and_takes_the_activity_once_there_is_room()
    {
        var first = await _app.PostActivityAsync(Recorded.Message("help", "http://127.0.0.1:9/"));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        _app.Services.GetRequiredService<TeamsInbox>().IsFull.ShouldBeTrue();

        var refused = await _app.PostActivityAsync(Recorded.Message("mine", "http://127.0.0.1:9/"));

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        var lane = _app.Services.GetRequiredService<TeamsInbox>().Lanes.Single();
        lane.TryRead(out _).ShouldBeTrue();
        lane.TryRead(out _).ShouldBeFalse("the refused activity was not queued");
        (await _app.PostActivityAsync(Recorded.Message("mine", "http://127.0.0.1:9/"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
