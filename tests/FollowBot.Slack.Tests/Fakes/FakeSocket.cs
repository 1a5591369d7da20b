using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace FollowBot.Slack.Tests.Fakes;

/// <summary>The server end of one Socket Mode connection: the test sends frames and reads what FollowBot sent back.</summary>
public sealed class FakeSocket(WebSocket socket, int number)
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>1 for the first connection the fake accepted, 2 for the next, …</summary>
    public int Number { get; } = number;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonObject frame)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    /// <summary>The next frame FollowBot sends (an ack), or a timeout failure.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Reads until FollowBot closes the socket; what it sends is kept for <see cref="NextAsync"/>.</summary>
    internal async Task PumpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                Received.Enqueue(frame);
                await _received.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
