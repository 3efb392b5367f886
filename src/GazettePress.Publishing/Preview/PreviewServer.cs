using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GazettePress.Publishing.Preview;

/// <summary>A request as the preview site sees it: a path and its query parameters.</summary>
public sealed record PreviewRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query);

/// <summary>A response: status, media type, body and whether the browser may keep it.</summary>
public sealed record PreviewResponse(int Status, string ContentType, byte[] Body, bool Cacheable = false)
{
    public static PreviewResponse Text(int status, string text) => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));
}

/// <summary>
/// A minimal HTTP/1.1 server for the live preview, on 127.0.0.1 only: one request per connection
/// (Connection: close), GET and HEAD, requests whose Host is not this machine's loopback address are
/// refused (so a web page elsewhere cannot read the preview through DNS rebinding). Built on
/// TcpListener, which works under Native AOT and needs no HTTP stack or URL reservation.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const int MaxRequestHead = 16 * 1024;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener;
    private readonly Func<PreviewRequest, CancellationToken, Task<PreviewResponse>> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (see <see cref="Port"/>).</param>
    /// <exception cref="SocketException">The port is taken or not allowed.</exception>
    public PreviewServer(int port, Func<PreviewRequest, CancellationToken, Task<PreviewResponse>> handle)
    {
        _handle = handle;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = Task.Run(AcceptLoop);
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(ReadTimeout);
                var head = await ReadHead(stream, timeout.Token);
                var (request, problem) = Parse(head);
                var response = problem ?? await _handle(request!, _stop.Token);
                await Write(stream, response, headOnly: request?.Method == "HEAD");
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The browser went away or we are stopping: nothing to answer.
            }
        }
    }

    private static async Task<string> ReadHead(NetworkStream stream, CancellationToken cancel)
    {
        var buffer = new byte[MaxRequestHead];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancel);
            if (read == 0) break;
            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0) break;
        }
        return Encoding.ASCII.GetString(buffer, 0, length);
    }

    private (PreviewRequest? Request, PreviewResponse? Problem) Parse(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            return (null, PreviewResponse.Text(400, "bad request"));
        if (parts[0] is not ("GET" or "HEAD"))
            return (null, PreviewResponse.Text(405, "only GET"));
        var host = lines.Skip(1).Select(l => l.Split(':', 2)).FirstOrDefault(h => h.Length == 2 && h[0].Trim().Equals("Host", StringComparison.OrdinalIgnoreCase))?[1].Trim();
        if (host != $"127.0.0.1:{Port}" && host != $"localhost:{Port}")
            return (null, PreviewResponse.Text(403, "the preview answers only to 127.0.0.1"));
        var target = parts[1];
        var question = target.IndexOf('?');
        var path = Uri.UnescapeDataString(question < 0 ? target : target[..question]);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var key = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
                query[key] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }
        return (new PreviewRequest(parts[0], path, query), null);
    }

    private static async Task Write(NetworkStream stream, PreviewResponse response, bool headOnly)
    {
        var reason = response.Status switch { 200 => "OK", 400 => "Bad Request", 403 => "Forbidden", 404 => "Not Found", 405 => "Method Not Allowed", _ => "Error" };
        var head = $"HTTP/1.1 {response.Status} {reason}\r\n" +
                   $"Content-Type: {response.ContentType}\r\n" +
                   $"Content-Length: {response.Body.Length}\r\n" +
                   (response.Cacheable ? "Cache-Control: max-age=86400, immutable\r\n" : "Cache-Control: no-store\r\n") +
                   "X-Content-Type-Options: nosniff\r\n" +
                   "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (!headOnly) await stream.WriteAsync(response.Body);
        await stream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _accepting; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
