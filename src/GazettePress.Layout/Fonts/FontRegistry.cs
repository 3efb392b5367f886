using GazettePress.Diagnostics;
using HarfBuzzSharp;

namespace GazettePress.Layout.Fonts;

/// <summary>
/// The fonts of one fonts directory, sorted into roles and weights, with a fallback chain per
/// role. Each file is memory-mapped once and shared by everything that lays out or paints.
/// </summary>
public sealed class FontRegistry : IDisposable
{
    private static readonly FontRole[][] RoleFallbackOrder =
    {
        new[] { FontRole.Song, FontRole.Hei, FontRole.Kai, FontRole.FangSong },
        new[] { FontRole.Hei, FontRole.Song, FontRole.Kai, FontRole.FangSong },
        new[] { FontRole.Kai, FontRole.Song, FontRole.Hei, FontRole.FangSong },
        new[] { FontRole.FangSong, FontRole.Kai, FontRole.Song, FontRole.Hei },
    };

    private readonly FontFace[] _faces;
    private readonly FontChain[] _chains = new FontChain[8];
    private readonly List<Diagnostic> _diagnostics = new();

    private FontRegistry(FontFace[] faces, IEnumerable<Diagnostic> loadDiagnostics)
    {
        _faces = faces;
        _diagnostics.AddRange(loadDiagnostics);
        foreach (FontRole role in Enum.GetValues<FontRole>())
        {
            foreach (var bold in new[] { false, true })
                _chains[ChainIndex(role, bold)] = BuildChain(role, bold);
            if (!_faces.Any(f => f.Role == role) && _faces.Length > 0)
            {
                var stand = _chains[ChainIndex(role, false)].Primary;
                _diagnostics.Add(Diagnostic.Create(LayoutMessages.FontRoleFallback, SourceLocation.None,
                    ("role", RoleName(role)),
                    stand is null ? ("stand", LayoutMessages.Nothing.With()) : ("stand", stand.DisplayName)));
            }
        }
    }

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>Fonts refused, roles filled by fallback: reported once per registry.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Loads every .ttf/.otf/.ttc file in a directory (sorted by name so the result never depends on
    /// directory order). Files that cannot be embedded properly are refused with an error diagnostic.
    /// </summary>
    public static FontRegistry LoadDirectory(string fontsDirectory)
    {
        if (!Directory.Exists(fontsDirectory))
            throw new DirectoryNotFoundException($"fonts directory not found: {fontsDirectory}");
        var files = Directory.EnumerateFiles(fontsDirectory)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
                     || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
                     || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();
        return LoadFiles(files);
    }

    /// <summary>Loads the given font files, in the given order (first file of a role/weight wins).</summary>
    public static FontRegistry LoadFiles(IEnumerable<string> fontFiles)
    {
        var faces = new List<FontFace>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in fontFiles)
        {
            var mapped = MappedFontFile.Open(file);
            var blob = mapped.CreateBlob();
            var face = new Face(blob, 0);
            var problem = face.GlyphCount == 0 ? "it is not a font file HarfBuzz can read" : FontFileCheck.FindProblem(face);
            if (problem is not null)
            {
                diagnostics.Add(Diagnostic.Create(LayoutMessages.FontRefused, new SourceLocation(file),
                    ("file", Path.GetFileName(file)), ("problem", problem)));
                face.Dispose();
                blob.Dispose();
                mapped.Dispose();
                continue;
            }
            var family = FontNames.ReadFamilyName(face) ?? Path.GetFileNameWithoutExtension(file);
            var bold = FontNames.ReadWeightClass(face) >= 600;
            faces.Add(new FontFace(faces.Count, Path.GetFullPath(file), family, bold, GuessRole(family, file), mapped, blob, face));
        }
        return new FontRegistry(faces.ToArray(), diagnostics);
    }

    /// <summary>
    /// Finds the repository's fonts/ directory by walking up from <paramref name="startDirectory"/>
    /// (default: the application base directory) to the folder holding GazettePress.sln.
    /// </summary>
    public static string FindFontsDirectory(string? startDirectory = null) =>
        TryFindFontsDirectory(startDirectory)
        ?? throw new DirectoryNotFoundException("no fonts/ directory next to GazettePress.sln above " + (startDirectory ?? AppContext.BaseDirectory)
                                                + " or the current directory");

    /// <summary>
    /// Walks up from the start directory (default: the program's folder, then the current directory, so that a
    /// published copy of the tool run inside a checkout still finds the bundled fonts) to GazettePress.sln.
    /// </summary>
    public static string? TryFindFontsDirectory(string? startDirectory = null)
    {
        var starts = startDirectory is null ? new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() } : new[] { startDirectory };
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "GazettePress.sln")) && Directory.Exists(Path.Combine(dir.FullName, "fonts")))
                    return Path.Combine(dir.FullName, "fonts");
        return null;
    }

    /// <summary>The faces to try, in order, for text of a role and weight.</summary>
    public FontChain Resolve(FontRole role, bool bold) => _chains[ChainIndex(role, bold)];

    /// <summary>True when some loaded font has a glyph for the code point.</summary>
    public bool CanDraw(int codePoint)
    {
        foreach (var face in _faces)
            if (face.HasGlyph(codePoint)) return true;
        return false;
    }

    private FontChain BuildChain(FontRole role, bool bold)
    {
        var chain = new List<FontFace>();
        foreach (var r in RoleFallbackOrder[(int)role])
        {
            chain.AddRange(_faces.Where(f => f.Role == r && f.IsBold == bold));
            chain.AddRange(_faces.Where(f => f.Role == r && f.IsBold != bold));
        }
        return new FontChain(chain.Distinct().ToArray());
    }

    private static int ChainIndex(FontRole role, bool bold) => (int)role * 2 + (bold ? 1 : 0);

    private static FontRole GuessRole(string family, string file)
    {
        var name = (family + " " + Path.GetFileName(file)).ToLowerInvariant();
        if (name.Contains("fangsong") || name.Contains("fang song") || name.Contains("仿宋")) return FontRole.FangSong;
        if (name.Contains("kai") || name.Contains("楷")) return FontRole.Kai;
        if (name.Contains("sans") || name.Contains("hei") || name.Contains("gothic") || name.Contains("黑")) return FontRole.Hei;
        return FontRole.Song;
    }

    internal static LocalizedText RoleName(FontRole role) => (role switch
    {
        FontRole.Song => LayoutMessages.RoleSong,
        FontRole.Hei => LayoutMessages.RoleHei,
        FontRole.Kai => LayoutMessages.RoleKai,
        _ => LayoutMessages.RoleFangSong,
    }).With();

    public void Dispose()
    {
        foreach (var face in _faces) face.Dispose();
    }
}

/// <summary>Faces in fallback order for one role and weight; a character uses the first face that has it.</summary>
public sealed class FontChain
{
    private readonly FontFace[] _faces;

    internal FontChain(FontFace[] faces) => _faces = faces;

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The face used for text with no special needs, or null when the registry is empty.</summary>
    public FontFace? Primary => _faces.Length > 0 ? _faces[0] : null;

    /// <summary>The first face that can draw the code point, or null.</summary>
    public FontFace? FaceFor(int codePoint)
    {
        foreach (var face in _faces)
            if (face.HasGlyph(codePoint)) return face;
        return null;
    }
}
