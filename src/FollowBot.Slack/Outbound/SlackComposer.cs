using System.Text.Json.Nodes;
using FollowBot.Core.Conversations;
using FollowBot.Slack.Rendering;

namespace FollowBot.Slack.Outbound;

/// <summary>Turns channel-neutral replies into one Slack message plus, at most, one modal form.</summary>
public sealed class SlackComposer(BlockKitRenderer renderer)
{
    public ComposedReply Compose(IReadOnlyList<Reply> replies)
    {
        var texts = new List<string>();
        var blocks = new JsonArray();
        RenderedCard? form = null;
        string? cardText = null;
        var hasCard = false;
        foreach (var reply in replies)
        {
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                var escaped = Mrkdwn.Escape(reply.Text);
                texts.Add(escaped);
                blocks.Add(TextSection(escaped));
            }

            if (reply.Card is not { } card)
            {
                continue;
            }

            var rendered = renderer.Render(card);
            if (rendered.IsModal)
            {
                form ??= rendered;
                continue;
            }

            hasCard = true;
            cardText ??= (string?)rendered.Payload["text"];
            // Rendered for this reply alone: its blocks move into the message rather than being copied (a node has
            // one parent, so they leave the rendered card first).
            var source = rendered.Payload["blocks"]!.AsArray();
            var moved = source.ToList();
            source.Clear();
            foreach (var block in moved)
            {
                blocks.Add(block);
            }
        }

        if (blocks.Count == 0)
        {
            return new ComposedReply(null, form, false);
        }

        var message = new JsonObject
        {
            // The notification and screen-reader text; the blocks are what people see.
            ["text"] = Mrkdwn.Truncate(texts.Count > 0 ? string.Join("\n", texts) : cardText ?? "", BlockKitLimits.MessageText),
            ["blocks"] = blocks,
        };
        return new ComposedReply(BlockKitLimits.Fit(message), form, hasCard);
    }

    /// <summary>A line of reply text (already escaped) as a mrkdwn section; Slack hides top-level text when blocks are present.</summary>
    private static JsonObject TextSection(string escaped) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Truncate(escaped, BlockKitLimits.SectionText) },
    };
}
