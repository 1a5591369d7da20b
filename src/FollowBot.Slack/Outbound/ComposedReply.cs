using System.Text.Json.Nodes;
using FollowBot.Slack.Rendering;

namespace FollowBot.Slack.Outbound;

/// <summary>
/// An outcome's replies as Slack sees them: one message (text lines as mrkdwn sections, cards as their blocks), and
/// the modal form among them, if any, to open with a trigger.
/// </summary>
public sealed record ComposedReply(JsonObject? Message, RenderedCard? Form, bool HasCard)
{
    /// <summary>The message to send when <see cref="Form"/> can't be opened: its opener, after any text lines.</summary>
    public JsonObject? MessageWithOpener()
    {
        if (Form?.Opener is not { } opener)
        {
            return Message?.DeepClone().AsObject();
        }

        var message = Message?.DeepClone().AsObject() ?? new JsonObject { ["text"] = opener["text"]?.DeepClone(), ["blocks"] = new JsonArray() };
        var blocks = message["blocks"]!.AsArray();
        foreach (var block in opener["blocks"]!.AsArray())
        {
            blocks.Add(block!.DeepClone());
        }

        return message;
    }
}
