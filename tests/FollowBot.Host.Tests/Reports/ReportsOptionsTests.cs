using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Tests.Reports;

/// <summary>House rule 6: the link signing key is a secret with no default; only Development makes one up.</summary>
public abstract class ReportsOptionsTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ReportsOptionsTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : ReportsOptionsTests(TestProvider.Postgres);


    [Fact]
    public void Outside_development_the_app_does_not_start_with_a_public_address_but_no_signing_key()
    {
        using var app = new App(Database, "Production", key: null, baseUrl: "https://followbot.example.com");

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());
        failure.Message.ShouldContain("FollowBot:Reports:SigningKey is required");
    }

    [Fact]
    public void A_short_key_or_a_relative_public_address_is_refused_with_both_reasons()
    {
        using var app = new App(Database, "Production", key: "too-short", baseUrl: "followbot.example.com");

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());
        failure.Failures.Count().ShouldBe(2);
    }

    [Fact]
    public void Development_makes_up_a_key_so_the_playground_works_out_of_the_box()
    {
        using var app = new App(Database, "Development", key: null);

        app.Services.GetRequiredService<IOptions<FollowBot.Core.Options.ReportsOptions>>().Value.SigningKey!.Length.ShouldBeGreaterThanOrEqualTo(32);
    }


    private sealed class App(TestDatabase path, string environment, string? key, string? baseUrl = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            foreach (var (name, value) in path.Settings())
            {
                builder.UseSetting(name, value);
            }
            if (key is not null)
            {
                builder.UseSetting("FollowBot:Reports:SigningKey", key);
            }

            if (baseUrl is not null)
            {
                builder.UseSetting("FollowBot:PublicBaseUrl", baseUrl);
            }
        }
    }
}
