using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Tests;

/// <summary>House rule 6: the Teams section is checked at start and every problem is reported at once.</summary>
public sealed class TeamsOptionsValidatorTests
{
    private readonly TeamsOptionsValidator _validator = new();

    [Fact]
    public void No_app_id_is_valid_the_channel_then_refuses_or_runs_anonymously_in_development() =>
        _validator.Validate(null, new TeamsOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void An_app_id_needs_its_secret_and_a_single_tenant_app_its_tenant_all_reported_together()
    {
        var result = _validator.Validate(null, new TeamsOptions
        {
            MicrosoftAppId = "7f0c7a94-1f4b-4c8e-9a8e-2a1a4c6c0b01",
            MicrosoftAppType = "SingleTenant",
            ToBotFromChannelOpenIdMetadataUrl = "http://login.example.com/openid",
            QueueCapacity = 0,
        });

        result.Failed.ShouldBeTrue();
        result.Failures!.Count().ShouldBe(4);
        result.FailureMessage.ShouldContain("MicrosoftAppPassword");
        result.FailureMessage.ShouldContain("MicrosoftAppTenantId");
        result.FailureMessage.ShouldContain("ToBotFromChannelOpenIdMetadataUrl");
        result.FailureMessage.ShouldContain("QueueCapacity");
    }

    [Fact]
    public void A_single_tenant_app_gets_its_tenants_authority_and_a_multi_tenant_one_bot_frameworks()
    {
        new TeamsOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "11111111-2222-3333-4444-555555555555" }
            .LoginUrl.ShouldBe("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555");
        new TeamsOptions { MicrosoftAppType = "MultiTenant" }.LoginUrl.ShouldBe("https://login.microsoftonline.com/botframework.com");
    }

    [Fact]
    public async Task FollowBot_does_not_start_with_an_app_id_but_no_secret()
    {
        await using var app = new Infrastructure.TeamsApp(new() { ["Teams:MicrosoftAppId"] = "7f0c7a94-1f4b-4c8e-9a8e-2a1a4c6c0b01" }, "Production");

        Should.Throw<OptionsValidationException>(() => app.CreateClient()).Message.ShouldContain("MicrosoftAppPassword");
    }
}
