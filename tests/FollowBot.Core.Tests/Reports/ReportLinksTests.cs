using System.Buffers.Text;
using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Reports;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Core.Tests.Reports;

public class ReportLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly ReportsOptions _options = new() { SigningKey = "a-signing-key-of-at-least-thirty-two-chars", PublicBaseUrl = new Uri("https://followbot.example.com/") };

    private ReportLinks Links => new(Microsoft.Extensions.Options.Options.Create(_options), _clock);

    private static ReportLink Link(ReportLinkKind kind = ReportLinkKind.Chart, WorkspaceId? workspace = null) => new(
        kind,
        workspace ?? new WorkspaceId(Guid.CreateVersion7()),
        new MemberId(Guid.CreateVersion7()),
        PipelineScope.Person,
        new MemberId(Guid.CreateVersion7()),
        PipelinePeriod.Resolve("last 30d", new DateOnly(2026, 12, 1), TimeZoneInfo.Utc)!,
        Now,
        Locales.Chinese,
        Now.AddDays(7).AddTicks(-Now.AddDays(7).UtcTicks % TimeSpan.TicksPerSecond));

    [Fact]
    public void A_signed_link_reads_back_as_what_was_signed()
    {
        var link = Link();

        var read = Links.Verify(Links.Sign(link), ReportLinkKind.Chart).ShouldNotBeNull();

        read.ShouldBe(link with { Period = link.Period with { Text = "" } });
        read.Period.Days.ShouldBe(30);
    }

    [Fact]
    public void The_url_is_under_the_public_base_and_short_enough_for_any_card()
    {
        var url = Links.Url(Link(), "teams").ShouldNotBeNull();

        url.ShouldStartWith("https://followbot.example.com/charts/");
        url.ShouldEndWith(".png");
        url.Length.ShouldBeLessThan(250);
        Links.Url(Link(ReportLinkKind.Export), "slack")!.ShouldMatch(@"^https://followbot\.example\.com/exports/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.csv$");
    }

    [Fact]
    public void Without_a_public_base_only_a_same_origin_channel_gets_a_relative_link()
    {
        _options.PublicBaseUrl = null;
        _options.SameOriginChannels.Add("playground");

        Links.Url(Link(), "teams").ShouldBeNull();
        Links.Url(Link(), "playground")!.ShouldStartWith("/charts/");
    }

    [Fact]
    public void Every_changed_byte_of_the_payload_is_refused()
    {
        var token = Links.Sign(Link());
        var (payload, mac) = Split(token);
        for (var i = 0; i < payload.Length; i++)
        {
            var changed = (byte[])payload.Clone();
            changed[i] ^= 0x01;
            Links.Verify(Join(changed, mac), ReportLinkKind.Chart).ShouldBeNull($"byte {i}");
        }
    }

    [Fact]
    public void A_changed_signature_or_garbage_is_refused()
    {
        var (payload, mac) = Split(Links.Sign(Link()));
        mac[^1] ^= 0x80;

        Links.Verify(Join(payload, mac), ReportLinkKind.Chart).ShouldBeNull();
        Links.Verify(Join(payload, mac[..^1]), ReportLinkKind.Chart).ShouldBeNull();
        Links.Verify("not-a-token", ReportLinkKind.Chart).ShouldBeNull();
        Links.Verify("!!!.???", ReportLinkKind.Chart).ShouldBeNull();
        Links.Verify("", ReportLinkKind.Chart).ShouldBeNull();
    }

    [Fact]
    public void A_link_moved_to_another_workspace_is_refused()
    {
        // Same fields and signature, another workspace id: the key is per workspace, so the signature no longer fits.
        var (payload, mac) = Split(Links.Sign(Link()));
        Guid.CreateVersion7().TryWriteBytes(payload.AsSpan(2, 16), bigEndian: true, out _);

        Links.Verify(Join(payload, mac), ReportLinkKind.Chart).ShouldBeNull();
    }

    [Fact]
    public void Two_workspaces_never_share_a_signature_for_the_same_fields()
    {
        var a = Link();
        var b = a with { Workspace = new WorkspaceId(Guid.CreateVersion7()) };

        Split(Links.Sign(a)).Mac.ShouldNotBe(Split(Links.Sign(b)).Mac);
    }

    [Fact]
    public void An_expired_link_is_refused_from_its_expiry_on()
    {
        var link = Link();
        var token = Links.Sign(link);

        _clock.SetUtcNow(link.ExpiresAt.AddSeconds(-1));
        Links.Verify(token, ReportLinkKind.Chart).ShouldNotBeNull();
        _clock.SetUtcNow(link.ExpiresAt);
        Links.Verify(token, ReportLinkKind.Chart).ShouldBeNull();
    }

    [Fact]
    public void A_chart_link_does_not_open_an_export_nor_the_other_way_round()
    {
        Links.Verify(Links.Sign(Link(ReportLinkKind.Chart)), ReportLinkKind.Export).ShouldBeNull();
        Links.Verify(Links.Sign(Link(ReportLinkKind.Export)), ReportLinkKind.Chart).ShouldBeNull();
    }

    [Fact]
    public void Another_signing_key_refuses_the_link()
    {
        var token = Links.Sign(Link());
        _options.SigningKey = "another-signing-key-of-at-least-thirty-two";

        Links.Verify(token, ReportLinkKind.Chart).ShouldBeNull();
    }

    [Fact]
    public void The_options_validator_wants_a_long_key_and_an_absolute_base()
    {
        var failures = new ReportsOptionsValidator().Validate(null, new ReportsOptions { SigningKey = "short", PublicBaseUrl = new Uri("/x", UriKind.Relative) }).Failures!.ToList();

        failures.Count.ShouldBe(2);
        new ReportsOptionsValidator().Validate(null, new ReportsOptions { PublicBaseUrl = new Uri("https://followbot.example.com") }).Failures!.Single().ShouldContain("SigningKey is required");
        new ReportsOptionsValidator().Validate(null, new ReportsOptions()).Succeeded.ShouldBeTrue();
        new ReportsOptionsValidator().Validate(null, _options).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Without_a_signing_key_there_are_no_links_and_no_token_opens()
    {
        var keyless = new ReportLinks(Microsoft.Extensions.Options.Options.Create(new ReportsOptions { PublicBaseUrl = new Uri("https://followbot.example.com") }), new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        var token = Links.Sign(Link());

        keyless.Verify(token, ReportLinkKind.Chart).ShouldBeNull();
    }

    private static (byte[] Payload, byte[] Mac) Split(string token)
    {
        var parts = token.Split('.');
        return (Base64Url.DecodeFromChars(parts[0]), Base64Url.DecodeFromChars(parts[1]));
    }

    private static string Join(byte[] payload, byte[] mac) => Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
}
