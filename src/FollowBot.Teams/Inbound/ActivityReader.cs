using System.Text.Json;
using FollowBot.Teams.Protocol;
using Microsoft.AspNetCore.Http;

namespace FollowBot.Teams.Inbound;

/// <summary>Reads the request body once, with a size cap (a bot never needs more than a card's worth).</summary>
internal static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The activity, or why it cannot be one: not JSON, no <c>type</c>, or missing what every reply needs.</summary>
    public static (Activity? Activity, string? Problem) Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJson.Default.Activity);
        }
        catch (JsonException ex)
        {
            return (null, "the body is not an activity: " + ex.Message);
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "the activity has no type");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return (null, "the activity lacks serviceUrl, conversation.id or from.id");
        }

        return (activity, null);
    }
}
