using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using FollowBot.Host.Playground;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowBot.Host.Tests.Playground;

/// <summary>
/// The Playground page in a real browser (Debian's chromium driven by playwright-core) against FollowBot on
/// Kestrel: forms and buttons on the cards work, no console error, no request leaves the machine. Screenshots of
/// every step land in the test output folder (playground-e2e/&lt;provider&gt;/).
/// </summary>
public abstract class PlaygroundBrowserTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PlaygroundBrowserTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PlaygroundBrowserTests(TestProvider.Postgres);

    private static readonly string E2eDirectory = typeof(PlaygroundBrowserTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PlaygroundE2eDirectory").Value!;

    [Fact]
    public async Task A_person_creates_a_lead_through_the_form_card_advances_it_the_manager_sees_the_pipeline_and_the_clock_brings_the_nudge_and_the_escalation()
    {
        // The page runs on the Playground clock as `dotnet run` does: real time plus the offset the clock control
        // adds, so the scheduler (sweeping every second here) sees the deadline pass when the person moves the clock.
        await using var app = new FollowBotApp(Database, settings: new()
        {
            ["FollowBot:Calendar:Enabled"] = "false",
            ["FollowBot:Pipeline:Stages:quote:Sla"] = "2.00:00:00",
            ["FollowBot:Nudges:SweepInterval"] = "00:00:01",
            ["FollowBot:Nudges:DigestsEnabled"] = "false",
        })
        {
            ExtraServices = services =>
            {
                var clock = new PlaygroundClock(TimeProvider.System);
                services.RemoveAll<TimeProvider>();
                services.RemoveAll<PlaygroundClock>();
                services.AddSingleton(clock);
                services.AddSingleton<TimeProvider>(clock);
            },
        };
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var artifacts = Path.Combine(AppContext.BaseDirectory, "playground-e2e", Provider.ToString().ToLowerInvariant());
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var (exit, output) = await RunAsync(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), artifacts, "--clock");

        exit.ShouldBe(0, output);
        output.ShouldContain("\"done\":true");
        output.ShouldContain("\"step\":\"escalation-reaches-manager\",\"ok\":true");
        Directory.GetFiles(artifacts, "*.png").Length.ShouldBeGreaterThanOrEqualTo(10);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string baseUrl, string artifacts, params string[] flags)
    {
        if (!Directory.Exists(Path.Combine(E2eDirectory, "node_modules", "playwright-core")))
        {
            throw new InvalidOperationException($"playwright-core is not installed in {E2eDirectory}: building the test project runs `npm ci` there when npm is on PATH.");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = E2eDirectory, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("playground-e2e.mjs");
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add(artifacts);
        foreach (var flag in flags)
        {
            start.ArgumentList.Add(flag);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("`node` was not found on PATH; the browser test needs Node.js and Debian's chromium.", ex);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
