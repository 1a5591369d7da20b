using System.Text.Json;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// Reads <c>{"error":{"code","message"}}</c>; some Teams 403s hide the real reason as JSON inside <c>message</c>
/// (<c>{"subCode":"MessageWritesBlocked",…}</c>), which wins when present.
/// </summary>
internal static class ConnectorError
{
    public static (string? Code, string Message) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, Short(body));
            }

            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            return (SubCode(message) ?? code, Short(message));
        }
        catch (JsonException)
        {
            return (null, Short(body));
        }
    }

    private static string? SubCode(string message)
    {
        if (!message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.TryGetProperty("subCode", out var s) ? s.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300];
}
