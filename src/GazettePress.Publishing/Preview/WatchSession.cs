using System.Threading.Channels;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Preview;

/// <summary>
/// <c>gazettepress watch</c> as a library: builds the issue, serves the preview on 127.0.0.1, and
/// rebuilds on every save (one rebuild at a time; saves that come while one runs are taken together
/// into the next). <see cref="Rebuilt"/> tells the caller (the console) about each rebuild.
/// </summary>
public sealed class WatchSession : IAsyncDisposable
{
    private readonly PreviewBuilder _builder;
    private readonly Channel<IReadOnlyCollection<string>> _saves = Channel.CreateUnbounded<IReadOnlyCollection<string>>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private TaskCompletionSource _newer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewSnapshot _current = PreviewSnapshot.Empty;
    private IssueWatcher? _watcher;
    private PreviewServer? _server;
    private Task? _rebuilding;

    private WatchSession(PreviewBuilder builder, Language language)
    {
        _builder = builder;
        Language = language;
        IssueName = Path.GetFileName(Path.GetFullPath(builder.IssueDirectory).TrimEnd('/', '\\'));
    }

    /// <summary>Called after each rebuild, on the rebuild task.</summary>
    public event Action<PreviewSnapshot>? Rebuilt;

    public Language Language { get; }
    public string IssueName { get; }
    public PageImages Images { get; } = new();
    public PreviewSnapshot Current => _current;
    public Uri Address => _server!.Address;
    public PreviewBuilder Builder => _builder;

    /// <summary>Builds once, then serves on 127.0.0.1:<paramref name="port"/> (0: any free port) and watches for saves.</summary>
    /// <exception cref="System.Net.Sockets.SocketException">The port is taken.</exception>
    public static WatchSession Start(string issueDirectory, string? templatesDirectory, string fontsDirectory, int port, Language language,
        Action<PreviewSnapshot>? rebuilt = null)
    {
        var session = new WatchSession(new PreviewBuilder(issueDirectory, templatesDirectory, fontsDirectory), language);
        if (rebuilt is not null) session.Rebuilt += rebuilt;
        try
        {
            var site = new PreviewSite(session, language);
            session._server = new PreviewServer(port, site.Handle);
            session.Publish(session._builder.Rebuild([]));
            var roots = new[] { issueDirectory, session._builder.TemplatesDirectory }.OfType<string>();
            session._watcher = new IssueWatcher(roots, files => session._saves.Writer.TryWrite(files));
            session._rebuilding = Task.Run(session.RebuildLoop);
            return session;
        }
        catch
        {
            session._builder.Dispose();
            throw;
        }
    }

    private async Task RebuildLoop()
    {
        var reader = _saves.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                while (reader.TryRead(out var batch)) changed.UnionWith(batch);
                Publish(_builder.Rebuild(changed));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Publish(PreviewSnapshot snapshot)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            _current = snapshot;
            done = _newer;
            _newer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
        Rebuilt?.Invoke(snapshot);
    }

    /// <summary>The current snapshot once it is newer than <paramref name="version"/>, or the current one after <paramref name="wait"/>.</summary>
    public async Task<PreviewSnapshot> WaitForNewerThan(int version, TimeSpan wait, CancellationToken cancel)
    {
        Task next;
        lock (_gate)
        {
            if (_current.Version > version) return _current;
            next = _newer.Task;
        }
        try
        {
            await next.WaitAsync(wait, cancel);
        }
        catch (TimeoutException)
        {
            // Answer with the same version: the page asks again.
        }
        return _current;
    }

    /// <summary>A file name as the page shows it: relative to the issue folder when inside it.</summary>
    public string Display(string file)
    {
        if (file.Length == 0) return "";
        var full = Path.GetFullPath(file);
        var issue = Path.GetFullPath(_builder.IssueDirectory);
        return full.StartsWith(issue + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(issue, full).Replace('\\', '/')
            : file;
    }

    /// <summary>A file the page may show: inside the issue folder or the templates folder, never elsewhere.</summary>
    public string? Resolve(string file)
    {
        foreach (var root in new[] { _builder.IssueDirectory, _builder.TemplatesDirectory }.OfType<string>())
        {
            var rootFull = Path.GetFullPath(root);
            // Template diagnostics name "templates/<file>": relative to the templates folder's parent.
            foreach (var candidate in new[] { Path.IsPathRooted(file) ? file : Path.Combine(rootFull, file), Path.Combine(Path.GetDirectoryName(rootFull) ?? rootFull, file) })
            {
                var full = Path.GetFullPath(candidate);
                if (full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)) return full;
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        _saves.Writer.TryComplete();
        if (_rebuilding is not null) await _rebuilding;
        if (_server is not null) await _server.DisposeAsync();
        _builder.Dispose();
        _stop.Dispose();
    }
}
