namespace FollowBot.Slack.Inbound;

/// <summary>
/// Reads a request body once, as the raw bytes Slack signed, before anything parses it (form parsing decodes '+'
/// and %XX, so the signed bytes could not be rebuilt). Capped: a view submission echoes the whole view (≤ 250 kB).
/// </summary>
internal static class SlackRequestReader
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
