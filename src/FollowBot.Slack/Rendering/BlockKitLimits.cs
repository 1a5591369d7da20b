using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowBot.Slack.Rendering;

/// <summary>
/// Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks, …/views): a payload past one is
/// refused whole (<c>invalid_blocks</c>). <see cref="Violations"/> lists every breach (the template lint uses it);
/// <see cref="Fit"/> trims what data can stretch (long names, long lists) so a real message still goes out.
/// </summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionField = 2000;
    public const int SectionFields = 10;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int OptionText = 75;
    public const int OptionValue = 75;
    public const int ViewTitle = 24;
    public const int InputLabel = 2000;
    public const int ContextElements = 10;
    public const int ActionElements = 25;
    public const int Id = 255;
    public const int PrivateMetadata = 3000;
    public const int MessageText = 4000;
    public const int ImageUrl = 3000;
    public const int AltText = 2000;

    public static IReadOnlyList<string> Violations(JsonObject payload)
    {
        var found = new List<string>();
        var type = (string?)payload["type"];
        var blocks = payload["blocks"] as JsonArray ?? [];
        var maxBlocks = type is "modal" or "home" ? ViewBlocks : MessageBlocks;
        Check(found, blocks.Count <= maxBlocks, $"{blocks.Count} blocks; a {type ?? "message"} takes at most {maxBlocks}");
        Check(found, blocks.Count > 0, "no blocks");
        if (type == "modal")
        {
            foreach (var part in new[] { "title", "submit", "close" })
            {
                if (payload[part] is JsonObject text)
                {
                    PlainText(found, text, ViewTitle, $"modal {part}");
                }
            }

            Check(found, payload["title"] is JsonObject, "modal without a title");
            var hasInput = blocks.OfType<JsonObject>().Any(b => (string?)b["type"] == "input");
            Check(found, !hasInput || payload["submit"] is JsonObject, "a modal with inputs needs a submit button");
            Length(found, payload["callback_id"], Id, "callback_id");
        }
        else if (type is null)
        {
            Length(found, payload["text"], MessageText, "message text");
        }

        var blockIds = blocks.OfType<JsonObject>().Select(b => (string?)b["block_id"]).Where(id => id is not null).ToList();
        Check(found, blockIds.Count == blockIds.Distinct(StringComparer.Ordinal).Count(), "block_ids repeat");
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is JsonObject block)
            {
                CheckBlock(found, block, $"blocks[{i}]");
            }
        }

        return found;
    }

    /// <summary>Trims text and lists that data made too long; templates themselves are kept within limits by the lint.</summary>
    public static JsonObject Fit(JsonObject payload)
    {
        var maxBlocks = (string?)payload["type"] is "modal" or "home" ? ViewBlocks : MessageBlocks;
        if (payload["blocks"] is JsonArray blocks)
        {
            while (blocks.Count > maxBlocks)
            {
                blocks.RemoveAt(blocks.Count - 1);
            }

            foreach (var block in blocks.OfType<JsonObject>())
            {
                FitBlock(block);
            }
        }

        if (payload["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            payload["text"] = Mrkdwn.Truncate((string)text!, MessageText);
        }

        foreach (var part in new[] { "title", "submit", "close" })
        {
            Trim(payload[part] as JsonObject, ViewTitle);
        }

        return payload;
    }

    private static void CheckBlock(List<string> found, JsonObject block, string where)
    {
        Length(found, block["block_id"], Id, where + ".block_id");
        switch ((string?)block["type"])
        {
            case "header":
                PlainText(found, block["text"] as JsonObject, HeaderText, where + " header");
                break;
            case "section":
                Check(found, block["text"] is JsonObject || block["fields"] is JsonArray, where + " section without text or fields");
                if (block["text"] is JsonObject text)
                {
                    TextObject(found, text, SectionText, where + ".text");
                }

                if (block["fields"] is JsonArray fields)
                {
                    Check(found, fields.Count is > 0 and <= SectionFields, $"{where}: {fields.Count} fields (1 to {SectionFields})");
                    foreach (var field in fields.OfType<JsonObject>())
                    {
                        TextObject(found, field, SectionField, where + ".fields[]");
                    }
                }

                if (block["accessory"] is JsonObject accessory)
                {
                    CheckElement(found, accessory, where + ".accessory");
                }

                break;
            case "context":
                var elements = block["elements"] as JsonArray ?? [];
                Check(found, elements.Count is > 0 and <= ContextElements, $"{where}: {elements.Count} context elements (1 to {ContextElements})");
                foreach (var element in elements.OfType<JsonObject>())
                {
                    TextObject(found, element, SectionText, where + ".elements[]");
                }

                break;
            case "actions":
                var actions = block["elements"] as JsonArray ?? [];
                Check(found, actions.Count is > 0 and <= ActionElements, $"{where}: {actions.Count} actions (1 to {ActionElements})");
                var actionIds = actions.OfType<JsonObject>().Select(a => (string?)a["action_id"]).ToList();
                Check(found, actionIds.Count == actionIds.Distinct(StringComparer.Ordinal).Count(), where + ": action_ids repeat within the block");
                foreach (var element in actions.OfType<JsonObject>())
                {
                    CheckElement(found, element, where + ".elements[]");
                }

                break;
            case "input":
                PlainText(found, block["label"] as JsonObject, InputLabel, where + ".label");
                Check(found, block["element"] is JsonObject, where + " input without element");
                if (block["element"] is JsonObject input)
                {
                    CheckElement(found, input, where + ".element");
                }

                break;
            case "image":
                // Slack fetches the picture itself when the message is posted, so only an absolute http(s) URL works
                // (the pipeline chart's signed link, present only when a public base URL is configured).
                Length(found, block["image_url"], ImageUrl, where + ".image_url");
                Check(found, Uri.TryCreate((string?)block["image_url"], UriKind.Absolute, out var url) && url.Scheme is "https" or "http", where + ".image_url is not an absolute http(s) URL");
                Length(found, block["alt_text"], AltText, where + ".alt_text");
                Check(found, !string.IsNullOrWhiteSpace((string?)block["alt_text"]), where + " image without alt_text");
                break;
            case "divider":
                break;
            default:
                found.Add($"{where}: block type '{(string?)block["type"]}' is not one FollowBot uses");
                break;
        }
    }

    private static void CheckElement(List<string> found, JsonObject element, string where)
    {
        Length(found, element["action_id"], Id, where + ".action_id");
        Check(found, element["action_id"] is not null, where + " has no action_id");
        switch ((string?)element["type"])
        {
            case "button":
                PlainText(found, element["text"] as JsonObject, ButtonText, where + ".text");
                Length(found, element["value"], ButtonValue, where + ".value");
                break;
            case "static_select":
                var options = element["options"] as JsonArray ?? [];
                Check(found, options.Count is > 0 and <= 100, $"{where}: {options.Count} options (1 to 100)");
                foreach (var option in options.OfType<JsonObject>())
                {
                    PlainText(found, option["text"] as JsonObject, OptionText, where + " option");
                    Length(found, option["value"], OptionValue, where + " option value");
                }

                if (element["initial_option"] is JsonObject initial)
                {
                    Check(found, options.Any(o => JsonNode.DeepEquals(o, initial)), where + ".initial_option matches no option exactly");
                }

                break;
            case "plain_text_input":
                Length(found, element["initial_value"], SectionText, where + ".initial_value");
                break;
            case "datepicker":
                if (element["initial_date"] is JsonValue date)
                {
                    Check(found, DateOnly.TryParseExact((string?)date, "yyyy-MM-dd", out _), where + ".initial_date is not YYYY-MM-DD");
                }

                break;
            default:
                found.Add($"{where}: element type '{(string?)element["type"]}' is not one FollowBot uses");
                break;
        }

        if (element["placeholder"] is JsonObject placeholder)
        {
            PlainText(found, placeholder, 150, where + ".placeholder");
        }
    }

    private static void FitBlock(JsonObject block)
    {
        switch ((string?)block["type"])
        {
            case "header":
                Trim(block["text"] as JsonObject, HeaderText);
                break;
            case "section":
                Trim(block["text"] as JsonObject, SectionText);
                foreach (var field in (block["fields"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Trim(field, SectionField);
                }

                Trim(block["accessory"]?["text"] as JsonObject, ButtonText);
                break;
            case "context":
                foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Trim(element, SectionText);
                }

                break;
            case "actions":
                foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Trim(element["text"] as JsonObject, ButtonText);
                }

                break;
        }
    }

    private static void Trim(JsonObject? text, int max)
    {
        if (text?["text"] is JsonValue value && value.GetValueKind() == JsonValueKind.String && ((string)value!).Length > max)
        {
            text["text"] = Mrkdwn.Truncate((string)value!, max);
        }
    }

    private static void TextObject(List<string> found, JsonObject? text, int max, string where)
    {
        Check(found, (string?)text?["type"] is "mrkdwn" or "plain_text", where + " is not a text object");
        var s = (string?)text?["text"] ?? "";
        Check(found, s.Length is > 0, where + " is empty");
        Check(found, s.Length <= max, $"{where}: {s.Length} characters (at most {max})");
    }

    private static void PlainText(List<string> found, JsonObject? text, int max, string where)
    {
        Check(found, (string?)text?["type"] == "plain_text", where + " must be plain_text");
        TextObject(found, text, max, where);
    }

    private static void Length(List<string> found, JsonNode? node, int max, string where)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            Check(found, ((string)value!).Length <= max, $"{where}: {((string)value!).Length} characters (at most {max})");
        }
        else if (node is not null)
        {
            found.Add($"{where} must be a string");
        }
    }

    private static void Check(List<string> found, bool ok, string problem)
    {
        if (!ok)
        {
            found.Add(problem);
        }
    }
}
