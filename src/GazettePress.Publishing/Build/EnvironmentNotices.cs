using System.Security.Cryptography;
using System.Text;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Build;

/// <summary>
/// Warnings about the machine rather than the issue (who = setup, e.g. GP3003 a font role falling
/// back) are shown by <c>build</c> once per machine configuration: the first build with a given font
/// set shows them and remembers that in a small state file under the user's cache folder
/// (…/gazettepress/notices-&lt;font set&gt;.txt), never in the issue folder or the output folder.
/// build.json always lists them, so outputs stay byte-identical; <c>check --verbose</c> always shows them.
/// </summary>
public sealed class EnvironmentNotices(string? stateDirectory)
{
    /// <summary>The user's cache folder for GazettePress: $XDG_CACHE_HOME or ~/.cache on Unix, LocalApplicationData on Windows.</summary>
    public static EnvironmentNotices ForUser() => new(DefaultStateDirectory());

    public static string? DefaultStateDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache")
            : null;
        return root is null ? null : Path.Combine(root, "gazettepress");
    }

    /// <summary>Whether a diagnostic is about the machine: a warning only whoever installs GazettePress can act on.</summary>
    public static bool IsEnvironmental(Diagnostic diagnostic) => diagnostic.Severity == Severity.Warning && diagnostic.Fixer == Fixer.Setup;

    /// <summary>
    /// The diagnostics to show: every one, except environment warnings already shown on this machine for
    /// this font set. Remembers the ones shown now. When the state cannot be read or written, shows all.
    /// </summary>
    public IReadOnlyList<Diagnostic> ForDisplay(IReadOnlyList<Diagnostic> diagnostics, string? fontsDirectory)
    {
        var environmental = diagnostics.Where(IsEnvironmental).ToArray();
        if (environmental.Length == 0 || stateDirectory is null) return diagnostics;
        var stateFile = Path.Combine(stateDirectory, $"notices-{FontSetKey(fontsDirectory)}.txt");
        try
        {
            var shown = File.Exists(stateFile) ? File.ReadAllLines(stateFile).ToHashSet(StringComparer.Ordinal) : [];
            var fresh = environmental.Where(d => !shown.Contains(Fingerprint(d))).ToArray();
            if (fresh.Length > 0)
            {
                Directory.CreateDirectory(stateDirectory);
                var temp = stateFile + ".tmp-" + Environment.ProcessId;
                File.WriteAllLines(temp, shown.Concat(fresh.Select(Fingerprint)).Distinct().Order(StringComparer.Ordinal));
                File.Move(temp, stateFile, overwrite: true);
            }
            var hide = environmental.Except(fresh).ToHashSet();
            return diagnostics.Where(d => !hide.Contains(d)).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return diagnostics;
        }
    }

    /// <summary>The same warning in any language and run: its code and English text.</summary>
    private static string Fingerprint(Diagnostic d) => d.Code + " " + d.Render(Language.English).Message.Replace('\n', ' ');

    /// <summary>The font set: file names and sizes of the fonts folder (not its path: a copy of the same fonts is the same machine configuration).</summary>
    public static string FontSetKey(string? fontsDirectory)
    {
        var description = new StringBuilder();
        if (fontsDirectory is not null && Directory.Exists(fontsDirectory))
            foreach (var file in Directory.GetFiles(fontsDirectory).Order(StringComparer.Ordinal))
                description.Append(Path.GetFileName(file)).Append('\t').Append(new FileInfo(file).Length).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description.ToString())))[..16];
    }
}
