using System.Text.Json.Nodes;
using FollowBot.Slack.Tests.Fakes;
using FollowBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.Tests.WebApi;

/// <summary>The Web API client against the fake Slack over real HTTP, with a fake clock for Retry-After and pacing.</summary>
public sealed class SlackApiClientTests : IAsyncLifetime
{
    private readonly ObservedClock _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;
    private SlackApiMethods _api = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.Clock = _clock;
        var options = Options.Create(new SlackOptions { ApiUrl = _slack.ApiUrl, RateLimitRetries = 2 });
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var client = new SlackApiClient(_services.GetRequiredService<IHttpClientFactory>(), options, _clock, NullLogger<SlackApiClient>.Instance);
        _api = new SlackApiMethods(client, new ChannelPacer(options, _clock));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private static IResult RateLimited(int seconds) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429, contentType: null) is var result
            ? new WithHeader(result, "Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : result;

    [Fact]
    public async Task Writes_go_as_json_with_charset_and_the_bearer_token()
    {
        await _api.PostMessageAsync("xoxb-1", "C1", new JsonObject { ["text"] = "hi" }, TestContext.Current.CancellationToken);

        var call = _slack.CallsTo("chat.postMessage").Single();
        call.Token.ShouldBe("xoxb-1");
        call.ContentType.ShouldBe("application/json; charset=utf-8");
        call["channel"].ShouldBe("C1");
    }

    [Fact]
    public async Task Reads_go_as_a_form()
    {
        var profile = await _api.UserInfoAsync("xoxb-1", "U1", TestContext.Current.CancellationToken);

        var call = _slack.CallsTo("users.info").Single();
        call.ContentType.ShouldStartWith("application/x-www-form-urlencoded");
        call["include_locale"].ShouldBe("true");
        profile.TimeZone.ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task Ok_false_becomes_a_typed_error_with_slacks_messages()
    {
        _slack.Script("chat.update", _ => Results.Json(new JsonObject
        {
            ["ok"] = false, ["error"] = "invalid_blocks",
            ["response_metadata"] = new JsonObject { ["messages"] = new JsonArray("[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]") },
        }));

        var error = await Should.ThrowAsync<SlackApiException>(() => _api.UpdateMessageAsync("xoxb-1", "C1", "1.2", new JsonObject(), TestContext.Current.CancellationToken));

        error.Method.ShouldBe("chat.update");
        error.ErrorCode.ShouldBe("invalid_blocks");
        error.Details.ShouldHaveSingleItem().ShouldContain("json-pointer:/blocks/0/text/text");
        error.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task A_429_waits_the_retry_after_slack_asks_for_then_tries_again()
    {
        _slack.Script("conversations.open", _ => RateLimited(30));

        var open = _api.OpenDirectMessageAsync("xoxb-1", "U1", TestContext.Current.CancellationToken);
        await _clock.WaitStartedAsync();
        open.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(29));
        open.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await open).ShouldBe("DU1");
        var calls = _slack.CallsTo("conversations.open");
        calls.Count.ShouldBe(2);
        (calls[1].ReceivedAt - calls[0].ReceivedAt).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_429_that_lasts_beyond_the_retries_is_a_ratelimited_error()
    {
        for (var i = 0; i < 3; i++)
        {
            _slack.Script("views.publish", _ => RateLimited(1));
        }

        var publish = _api.PublishHomeAsync("xoxb-1", "U1", new JsonObject(), TestContext.Current.CancellationToken);
        for (var i = 0; i < 2; i++)
        {
            await _clock.WaitStartedAsync();
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Should.ThrowAsync<SlackApiException>(() => publish);
        error.ErrorCode.ShouldBe("ratelimited");
        error.IsTransient.ShouldBeTrue();
        _slack.CallsTo("views.publish").Count.ShouldBe(3);
    }

    [Fact]
    public async Task Messages_to_one_channel_are_spaced_a_second_apart_and_other_channels_are_not_held_up()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = _api.PostMessageAsync("xoxb-1", "D1", new JsonObject { ["text"] = "1" }, ct);
        var second = _api.PostMessageAsync("xoxb-1", "D1", new JsonObject { ["text"] = "2" }, ct);
        var third = _api.PostMessageAsync("xoxb-1", "D1", new JsonObject { ["text"] = "3" }, ct);
        var elsewhere = _api.PostMessageAsync("xoxb-1", "D2", new JsonObject { ["text"] = "x" }, ct);

        await Task.WhenAll(first, elsewhere);
        await _clock.WaitStartedAsync();
        await _clock.WaitStartedAsync();
        second.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await second;
        third.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await third;

        var times = _slack.CallsTo("chat.postMessage").Where(c => c["channel"] == "D1").Select(c => c.ReceivedAt).ToList();
        times.ShouldBe([times[0], times[0].AddSeconds(1), times[0].AddSeconds(2)]);
    }

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
