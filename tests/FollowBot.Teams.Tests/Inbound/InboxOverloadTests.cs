using FollowBot.Teams.Inbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>An overloaded inbox sheds load cheaply and says so once a second, not once per refused activity.</summary>
public sealed class InboxOverloadTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_inbox_is_full_only_when_every_lane_is()
    {
        var inbox = new TeamsInbox(Options.Create(new TeamsOptions { Workers = 2, QueueCapacity = 2 }), _clock);
        var first = Enumerable.Range(0, 100).Select(i => $"c-{i}").First(c => inbox.Lane(c) == 0);
        var second = Enumerable.Range(0, 100).Select(i => $"c-{i}").First(c => inbox.Lane(c) == 1);

        inbox.TryPost(new SendWork("https://smba.trafficmanager.net/", first, [])).ShouldBeTrue();
        inbox.IsFull.ShouldBeFalse("the other lane still has room");
        inbox.TryPost(new SendWork("https://smba.trafficmanager.net/", first, [])).ShouldBeFalse("one place per lane");
        inbox.TryPost(new SendWork("https://smba.trafficmanager.net/", second, [])).ShouldBeTrue();

        inbox.IsFull.ShouldBeTrue();
    }

    [Fact]
    public void Refusals_are_reported_at_most_once_a_second_with_how_many_there_were()
    {
        var inbox = new TeamsInbox(Options.Create(new TeamsOptions()), _clock);

        inbox.Refused().ShouldBe(1, "the first refusal is reported at once");
        inbox.Refused().ShouldBe(0);
        inbox.Refused().ShouldBe(0);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        inbox.Refused().ShouldBe(0);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        inbox.Refused().ShouldBe(4, "three held back plus this one");
        inbox.Refused().ShouldBe(0);
    }
}
