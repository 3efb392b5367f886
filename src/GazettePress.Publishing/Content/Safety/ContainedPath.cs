namespace GazettePress.Content.Safety;

/// <summary>
/// Where a path really leads once every symbolic link on the way is followed, and whether that
/// place is inside a given folder. The build reads only files that resolve inside their folder:
/// the files inside the issue folder, templates inside templates/, fonts inside fonts/.
/// </summary>
public static class ContainedPath
{
    private const int MaxLinks = 40; // as Linux's path resolution

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with every link followed (components that do not exist are kept as
    /// written); null when the links form a loop.
    /// </summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path.Length == 0 ? "." : path); // "" is the current folder, as for the issue folder
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // Continue from the link's target: its components go before the rest of the path.
            foreach (var p in Split(target).Reverse()) pending.Push(p);
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? root;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> resolves to <paramref name="folder"/> itself or somewhere below it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var resolvedFolder = Resolve(folder);
        var resolved = Resolve(path);
        return resolvedFolder is not null && resolved is not null && IsBelow(resolved, resolvedFolder);
    }

    /// <summary>True when the resolved <paramref name="path"/> is <paramref name="resolvedFolder"/> or below it (both already resolved).</summary>
    public static bool IsBelow(string path, string resolvedFolder)
    {
        var folder = Path.TrimEndingDirectorySeparator(resolvedFolder);
        return path.Equals(folder, PathComparison)
            || path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison)
            || (folder.Length > 0 && folder[^1] == Path.DirectorySeparatorChar && path.StartsWith(folder, PathComparison));
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
