using GazettePress.Content.Safety;
using GazettePress.Diagnostics;

namespace GazettePress.Content.Loading;

/// <summary>Resolves image paths (relative to the issue folder) and reports missing files.</summary>
internal sealed class ImageResolver
{
    private readonly string _issueDirectory;
    private readonly DiagnosticBag _diagnostics;
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
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.MissingImage, $"image path \"{relativePath}\" is outside the issue folder",
                location, "put the image under images/ in the issue folder and write the path relative to the folder, e.g. images/cover.png"));
            return null;
        }
        if (!File.Exists(full))
        {
            _diagnostics.Add(Diagnostic.LegacyError(ContentCodes.MissingImage, $"image file \"{relativePath}\" does not exist",
                location, "image paths are relative to the issue folder (e.g. images/cover.png); check the spelling or add the file"));
            return null;
        }
        // After following links the file must still be inside the folder, and be a picture every output can use.
        if (_folder.Locate(full, location, _diagnostics) is not { } real || !ImageFileCheck.Check(real, relativePath, location, _diagnostics))
        {
            return null;
        }
        return new ImageRef(relativePath.Replace('\\', '/'), full);
    }
}
