using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FollowBot.Host.Playground;

/// <summary>Serves the Playground page at <c>/</c> (only where the Playground is on), from the app's own files.</summary>
public static class PlaygroundPage
{
    public static WebApplication UseFollowBotPlaygroundPage(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Enabled)
        {
            return app;
        }

        var root = Path.Combine(AppContext.BaseDirectory, "playground");
        if (!Directory.Exists(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
