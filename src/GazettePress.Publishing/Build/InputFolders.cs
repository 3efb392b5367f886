using GazettePress.Content.Safety;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Templates and fonts stay inside their folders: before a build reads them, every template file
/// (*.sbn, print.css, print.yaml) and every font file must resolve, after following links, inside
/// its folder. A link to a file elsewhere is an error naming it, and nothing is read.
/// </summary>
public static class InputFolders
{
    private static readonly string[] TemplateFiles = ["*.sbn", "*.css", "*.yaml"];
    private static readonly string[] FontFiles = ["*.ttf", "*.otf", "*.ttc", "*.TTF", "*.OTF", "*.TTC"];

    /// <summary>True when every file the build may read from these folders is inside its folder.</summary>
    public static bool Check(string? templatesDirectory, string? fontsDirectory, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (templatesDirectory is not null) ok &= CheckFolder(templatesDirectory, TemplateFiles, SafetyMessages.TemplateOutsideFolder, diagnostics);
        if (fontsDirectory is not null) ok &= CheckFolder(fontsDirectory, FontFiles, SafetyMessages.FontOutsideFolder, diagnostics);
        return ok;
    }

    private static bool CheckFolder(string folder, string[] patterns, DiagnosticId id, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder) || ContainedPath.Resolve(folder) is not { } root) return true; // a missing folder is reported where it is used
        var ok = true;
        foreach (var file in patterns.SelectMany(p => Directory.EnumerateFiles(folder, p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var resolved = ContainedPath.Resolve(file);
            if (resolved is not null && ContainedPath.IsBelow(resolved, root) && resolved != root) continue;
            diagnostics.Add(id, new SourceLocation(file), ("file", file), ("target", resolved ?? SafetyMessages.LinkLoop.Render()));
            ok = false;
        }
        return ok;
    }
}
