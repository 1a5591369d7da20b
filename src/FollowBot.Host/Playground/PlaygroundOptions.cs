namespace FollowBot.Host.Playground;

/// <summary>Section <c>Playground</c>: the local page and API. On in Development (appsettings.Development.json), off elsewhere.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Playground";

    public bool Enabled { get; set; }

    /// <summary>The workspace every Playground member belongs to.</summary>
    public string Workspace { get; set; } = "playground";
}
