namespace GazettePress.Publishing.Preview;

/// <summary>
/// Notices saved files in the issue folder and the templates folder: file-system events for speed,
/// and a comparison of names, sizes and times every <see cref="PollInterval"/> as a safety net (editors
/// that save by renaming a temporary file, network folders, missed events). Reports each batch of
/// changed files once things are quiet for <see cref="Quiet"/>. Hidden and temporary files of editors
/// (.#x, x~, .x.swp) are ignored.
/// </summary>
public sealed class IssueWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly string[] _roots;
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Timer _poll;
    private readonly Timer _settle;
    private readonly object _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, (long Length, DateTime Written)> _known;
    private bool _disposed;

    /// <param name="roots">Folders to watch (the issue folder; the templates folder).</param>
    /// <param name="changed">Called with the full paths of files changed, added or deleted, on a pool thread.</param>
    public IssueWatcher(IEnumerable<string> roots, Action<IReadOnlyCollection<string>> changed)
    {
        _roots = roots.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToArray();
        _changed = changed;
        _known = Scan();
        _settle = new Timer(_ => Flush());
        _poll = new Timer(_ => Poll(), null, PollInterval, PollInterval);
        foreach (var root in _roots)
        {
            try
            {
                var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
                watcher.Changed += (_, e) => Poll();
                watcher.Created += (_, e) => Poll();
                watcher.Deleted += (_, e) => Poll();
                watcher.Renamed += (_, e) => Poll();
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or ArgumentException)
            {
                // No file-system events here (too many watches, a network folder): polling still finds every save.
            }
        }
    }

    private void Poll()
    {
        lock (_gate)
        {
            if (_disposed) return;
            var now = Scan();
            foreach (var (path, stamp) in now)
                if (!_known.TryGetValue(path, out var before) || before != stamp) _pending.Add(path);
            foreach (var path in _known.Keys)
                if (!now.ContainsKey(path)) _pending.Add(path);
            _known = now;
            if (_pending.Count > 0) _settle.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0) return;
            batch = _pending.Order(StringComparer.Ordinal).ToArray();
            _pending.Clear();
        }
        _changed(batch);
    }

    private Dictionary<string, (long, DateTime)> Scan()
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden, MaxRecursionDepth = 4 };
        foreach (var root in _roots)
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(root, "*", options))
                {
                    if (IsEditorScratch(Path.GetFileName(file))) continue;
                    var info = new FileInfo(file);
                    if (info.Exists) files[file] = (info.Length, info.LastWriteTimeUtc);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The folder is being changed under us; the next poll sees it settled.
            }
        }
        return files;
    }

    /// <summary>Files editors write while saving, and our own temporary files.</summary>
    internal static bool IsEditorScratch(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.Contains(".tmp-", StringComparison.Ordinal) || name.StartsWith("~$", StringComparison.Ordinal);

    public void Dispose()
    {
        lock (_gate) _disposed = true;
        foreach (var watcher in _watchers) watcher.Dispose();
        _poll.Dispose();
        _settle.Dispose();
    }
}
