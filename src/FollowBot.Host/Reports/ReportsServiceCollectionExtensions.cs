using System.Security.Cryptography;
using FollowBot.Core.Options;
using FollowBot.Host.Playground;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ReportsOptions"/> (section <c>FollowBot:Reports</c> plus <c>FollowBot:PublicBaseUrl</c>), and
    /// registers the chart renderer (with the CJK font it finds) and the CSV writer. In Development a missing signing
    /// key is made up at start; elsewhere it stops the start (house rule 6). The Playground page is served by
    /// FollowBot itself, so its links are relative to FollowBot when no public address is configured.
    /// </summary>
    public static IServiceCollection AddFollowBotReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.Section)
            .Configure(o => o.PublicBaseUrl ??= configuration.GetValue<Uri?>("FollowBot:PublicBaseUrl"))
            .PostConfigure<IHostEnvironment, IOptions<PlaygroundOptions>, ILoggerFactory>((o, environment, playground, logs) =>
            {
                if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(o.SigningKey))
                {
                    o.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
                    Log.GeneratedSigningKey(logs.CreateLogger<ReportsOptions>());
                }

                if (playground.Value.Enabled)
                {
                    o.SameOriginChannels.Add(PlaygroundEndpoints.Channel);
                }
            })
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ReportsOptions>>().Value;
            var font = ChartFont.Find(options.ChartFontFile);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<PipelineChartRenderer>();
            if (font is null)
            {
                Log.NoChineseFont(logger, string.Join(", ", new[] { options.ChartFontFile }.Concat(ChartFont.KnownFiles).OfType<string>()));
            }
            else
            {
                Log.ChartFont(logger, font.Family, font.Path);
            }

            return new PipelineChartRenderer(font);
        });
        services.AddScoped<DealCsvWriter>();
        return services;
    }
}
