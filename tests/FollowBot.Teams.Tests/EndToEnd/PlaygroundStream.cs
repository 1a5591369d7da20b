using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace FollowBot.Teams.Tests.EndToEnd;

/// <summary>
/// The Playground's message stream (WebSocket <c>/_ws_conversation/v1/conversations/stream</c>): one event per
/// message the bot sent or updated through the Playground's connector,
/// <c>{"action":"createMessage"|"updateMessage","actionConversationId","message":{messageId,text,attachments…}}</c>.
/// </summary>
internal sealed class PlaygroundStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;

    public List<JsonObject> Seen { get; } = [];

    public static async Task<PlaygroundStream> ConnectAsync(int port)
    {
        var stream = new PlaygroundStream();
        await stream._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        stream._reader = stream.ReadAsync();
        return stream;
    }

    /// <summary>The next event from the bot in <paramref name="conversationId"/> (bounded wait on real I/O).</summary>
    public async Task<JsonObject> NextAsync(string conversationId, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            JsonObject next;
            try
            {
                next = await _events.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No message from the bot in the Playground within {seconds}s; seen so far:\n" + string.Join("\n", Seen.Select(e => e.ToJsonString())));
            }

            Seen.Add(next);
            if ((string?)next["actionConversationId"] == conversationId && (string?)next["message"]?["from"]?["id"] != AgentsPlayground.User)
            {
                return next;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) is JsonObject e && e["message"] is not null)
            {
                _events.Writer.TryWrite(e);
            }

            message.SetLength(0);
        }
    }
}
