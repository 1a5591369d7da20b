using System.Net.Http.Json;
using System.Text.Json;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Host.Tests;

/// <summary>
/// FollowBot as it runs (Program.cs, Development, Playground on) over a real database of the test's provider (see
/// <see cref="DatabaseTest"/>), with a fake clock. Several apps may share one database: to show that data survives a
/// restart, or as several instances side by side (give each an <c>instance</c> name: its own connection pool).
/// </summary>
public sealed class FollowBotApp : WebApplicationFactory<Program>
{
    /// <summary>Tuesday 2026-12-01 10:00 in Shanghai: inside working hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public FollowBotApp(TestDatabase database, FakeTimeProvider? clock = null, Dictionary<string, string?>? settings = null, string? instance = null)
    {
        Database = database;
        Clock = clock ?? new FakeTimeProvider(Start);
        _settings = database.Settings(instance);
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public Action<IServiceCollection>? ExtraServices { get; init; }

    public async Task<IReadOnlyList<ReplyJson>> SayAsync(string user, string text)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/playground/messages", new { user, text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RepliesJson>())!.Replies;
    }

    public async Task<IReadOnlyList<ReplyJson>> ClickAsync(string user, string verb, object data)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/playground/messages", new { user, action = new { verb, data } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RepliesJson>())!.Replies;
    }

    public async Task<string> TextAsync(string user, string text) => string.Join("\n", (await SayAsync(user, text)).Select(r => r.Text ?? ""));

    public async Task<Deal> DealAsync(int number)
    {
        using var scope = Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
        return (await scope.ServiceProvider.GetRequiredService<IDealStore>().GetByNumberAsync(workspace!.Id, number, default))!;
    }

    public async Task<IReadOnlyList<Member>> MembersAsync()
    {
        using var scope = Services.CreateScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default);
        return await scope.ServiceProvider.GetRequiredService<IMemberStore>().ListAsync(workspace!.Id, default);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(int number)
    {
        var deal = await DealAsync(number);
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().TimelineAsync(deal.WorkspaceId, deal.Id, 100, default);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ExtraServices?.Invoke(services);
        });
    }
}

public sealed record RepliesJson(List<ReplyJson> Replies);

public sealed record ReplyJson(string? Text, JsonElement? Card);
