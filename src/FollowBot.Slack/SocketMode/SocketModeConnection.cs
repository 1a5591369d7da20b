using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Slack.Protocol;
using FollowBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode connection, for as long as the app runs (https://docs.slack.dev/apis/events-api/using-socket-mode):
/// ask <c>apps.connections.open</c> for a fresh single-use URL, connect, acknowledge every envelope by its id on the
/// same socket, and start over on <c>disconnect</c>, on a broken socket, or when nothing arrives for
/// <see cref="SlackOptions.SocketIdleTimeout"/> (a silently dead link; WebSocket pings catch it sooner).
/// </summary>
internal sealed class SocketModeConnection(
    int index,
    SlackApiMethods api,
    SocketModeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>Errors after which reconnecting can't help (node-slack-sdk's unrecoverable start errors).</summary>
    private static readonly HashSet<string> Fatal = ["invalid_auth", "not_authed", "account_inactive", "user_removed_from_team", "team_disabled", "not_allowed_token_type"];

    private enum Next
    {
        Reconnect,
        RetryLater,
        Stop,
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.SocketRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            Next next;
            try
            {
                var url = await api.OpenConnectionAsync(options.Value.AppToken!, stoppingToken);
                next = await RunSocketAsync(url, stoppingToken);
            }
            catch (SlackApiException ex) when (Fatal.Contains(ex.ErrorCode))
            {
                Log.Fatal(logger, index, ex.ErrorCode);
                return;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or WebSocketException && !stoppingToken.IsCancellationRequested)
            {
                Log.ConnectFailed(logger, ex, index, delay.TotalSeconds);
                next = Next.RetryLater;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            switch (next)
            {
                case Next.Stop:
                    return;
                case Next.RetryLater:
                    await Task.Delay(delay, time, stoppingToken);
                    delay = delay * 2 > MaxRetryDelay ? MaxRetryDelay : delay * 2;
                    break;
                default:
                    delay = options.Value.SocketRetryDelay;
                    break;
            }
        }
    }

    private async Task<Next> RunSocketAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();

        // Real liveness: .NET sends PINGs and fails the socket when no PONG comes back in time.
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
        await socket.ConnectAsync(url, stoppingToken);
        Log.Connected(logger, index);

        using var idle = new CancellationTokenSource(options.Value.SocketIdleTimeout, time);
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, idle.Token);
        using var sendLock = new SemaphoreSlim(1, 1);
        var acks = new List<Task>();
        try
        {
            while (true)
            {
                var text = await ReceiveTextAsync(socket, receiving.Token);
                if (text is null)
                {
                    return Next.Reconnect;
                }

                idle.CancelAfter(options.Value.SocketIdleTimeout);
                var frame = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketFrame);
                switch (frame?.Type)
                {
                    case "hello":
                        Log.Hello(logger, index, frame.NumConnections ?? 0);
                        break;
                    case "disconnect":
                        Log.Disconnect(logger, index, frame.Reason ?? "?");
                        await CloseAsync(socket);
                        return frame.Reason == "link_disabled" ? Next.Stop : Next.Reconnect;
                    default:
                        if (frame?.EnvelopeId is { Length: > 0 })
                        {
                            acks.RemoveAll(t => t.IsCompleted);
                            acks.Add(AcknowledgeAsync(socket, sendLock, frame, stoppingToken));
                        }

                        break;
                }
            }
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            Log.Silent(logger, index, options.Value.SocketIdleTimeout.TotalSeconds);
            return Next.Reconnect;
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException && !stoppingToken.IsCancellationRequested)
        {
            Log.Broken(logger, ex, index);
            return Next.RetryLater;
        }
        finally
        {
            await Task.WhenAll(acks);
        }
    }

    /// <summary>Handles one envelope and acknowledges it; the payload goes back when Slack accepts one.</summary>
    private async Task AcknowledgeAsync(ClientWebSocket socket, SemaphoreSlim sendLock, SocketFrame frame, CancellationToken stoppingToken)
    {
        try
        {
            var ack = await dispatcher.DispatchAsync(frame, stoppingToken);
            var reply = new JsonObject { ["envelope_id"] = frame.EnvelopeId };
            if (ack.Body is not null && frame.AcceptsResponsePayload)
            {
                reply["payload"] = ack.Body;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.ToJsonString());

            // ClientWebSocket allows one send at a time; envelopes are handled concurrently.
            await sendLock.WaitAsync(stoppingToken);
            try
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, stoppingToken);
            }
            finally
            {
                sendLock.Release();
            }
        }
#pragma warning disable CA1031 // an envelope that fails is not acked (Slack redelivers events); the connection lives on
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.EnvelopeFailed(logger, ex, index, frame.Type ?? "?");
        }
    }

    /// <summary>One whole text message (frames appended until EndOfMessage), or null when the peer closed.</summary>
    private static async Task<string?> ReceiveTextAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(socket);
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }

                message.SetLength(0); // binary frames are not part of the protocol
            }
        }
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The peer is gone already; nothing left to close.
            }
        }
    }
}
