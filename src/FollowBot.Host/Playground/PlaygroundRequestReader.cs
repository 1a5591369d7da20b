using System.Globalization;
using System.Text.Json;

namespace FollowBot.Host.Playground;

/// <summary>
/// Reads a Playground request body with its own size cap and strict JSON, turning every way it can be wrong into
/// one clear sentence (a 400, never a 500).
/// </summary>
internal static class PlaygroundRequestReader
{
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(PlaygroundMessage? Message, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, $"The body is {request.ContentLength} bytes; the Playground takes at most {MaxBodyBytes}.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, $"The body is larger than {MaxBodyBytes} bytes, the most the Playground takes.");
            }
        }

        if (buffer.Length == 0)
        {
            return (null, "The body is empty; send {\"user\":\"alice\",\"text\":\"help\"}.");
        }

        PlaygroundMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<PlaygroundMessage>(buffer.ToArray(), Json);
        }
        catch (JsonException ex)
        {
            return (null, "The body is not valid JSON for a Playground message: " + ex.Message);
        }

        return Validate(message);
    }

    public static Dictionary<string, string?> Flatten(Dictionary<string, JsonElement>? data) =>
        (data ?? []).ToDictionary(kv => kv.Key, kv => kv.Value.ValueKind switch
        {
            JsonValueKind.String => kv.Value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Number => kv.Value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => kv.Value.GetRawText(),
        });

    private static (PlaygroundMessage?, string?) Validate(PlaygroundMessage? message)
    {
        if (message is null)
        {
            return (null, "The body must be a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(message.User))
        {
            return (null, "'user' is required: the name of the Playground member who speaks.");
        }

        if (message.User.Length > 64)
        {
            return (null, "'user' is at most 64 characters.");
        }

        var hasText = !string.IsNullOrWhiteSpace(message.Text);
        if (hasText == message.Action is not null)
        {
            return (null, message.Action is null ? "'text' is empty: say something, e.g. \"help\"." : "Send either 'text' or 'action', not both.");
        }

        if (message.Action is { } action && string.IsNullOrWhiteSpace(action.Verb))
        {
            return (null, "'action.verb' is required, e.g. \"deal.advance\".");
        }

        return (message, null);
    }
}
