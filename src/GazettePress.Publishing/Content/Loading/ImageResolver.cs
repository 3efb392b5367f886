using GazettePress.Content.Safety;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>
/// Resolves image paths (relative to the issue folder). A missing image is reported once every path
/// of the issue is known (<see cref="ReportMissing"/>), so that its did-you-mean names an image file
/// that exists and that nothing else uses already.
/// </summary>
internal sealed class ImageResolver
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".bmp", ".webp", ".tif", ".tiff"];

    private readonly string _issueDirectory;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<(string Path, SourceLocation Location)> _missing = new();
    private readonly IssueFolder _folder;

    public ImageResolver(string issueDirectory, DiagnosticBag diagnostics)
    {
        _issueDirectory = issueDirectory;
        _diagnostics = diagnostics;
        _folder = new IssueFolder(issueDirectory);
    }

    public ImageRef? Resolve(YamlMap map, string key) =>
        map.String(key, false) is { } path ? Resolve(path, map.LocationOf(key)) : null;

    public ImageRef? Resolve(string relativePath, SourceLocation location)
    {
        var root = Path.GetFullPath(_issueDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.IsPathRooted(relativePath) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            _diagnostics.Add(Diagnostic.Create(ContentMessages.MissingImage, location,
                ("problem", ContentMessages.ImageOutside.With(("path", relativePath))), ("fix", ContentMessages.ImageFixOutside.With())));
            return null;
        }
        var normalized = relativePath.Replace('\\', '/');
        if (!File.Exists(full))
        {
            _missing.Add((normalized, location));
            return null;
        }
        _used.Add(Path.GetRelativePath(root, full).Replace('\\', '/'));
        // After following links the file must still be inside the folder, and be a picture every output can use.
        if (_folder.Locate(full, location, _diagnostics) is not { } real || !ImageFileCheck.Check(real, relativePath, location, _diagnostics))
        {
            return null;
        }
        return new ImageRef(normalized, full);
    }

    /// <summary>Reports every missing image, suggesting the closest unused image file of the issue folder.</summary>
    public void ReportMissing()
    {
        if (_missing.Count == 0) return;
        var unused = ImageFiles().Where(f => !_used.Contains(f)).ToArray();
        foreach (var (path, location) in _missing)
        {
            var near = KeySuggester.Suggest(path, unused);
            _diagnostics.Add(Diagnostic.Create(ContentMessages.MissingImage, location,
                ("problem", ContentMessages.ImageMissing.With(("path", path))),
                ("fix", near is null ? ContentMessages.ImageFixGeneral.With() : ContentMessages.ImageFixNear.With(("name", near)))));
        }
        _missing.Clear();
    }

    /// <summary>The image files under the issue folder, as paths relative to it (outputs and hidden folders left out).</summary>
    private IEnumerable<string> ImageFiles()
    {
        var root = Path.GetFullPath(_issueDirectory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, MaxRecursionDepth = 4 };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => ImageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Take(5000)
            .Order(StringComparer.Ordinal);
    }
}
