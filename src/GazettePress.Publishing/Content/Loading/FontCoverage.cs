using GazettePress.Layout.Fonts;

namespace GazettePress.Content.Loading;

/// <summary>Character coverage backed by the bundled fonts: a character is drawable when some loaded font has a glyph for it.</summary>
public sealed class FontCoverage : ICharacterCoverage
{
    private readonly FontRegistry _fonts;
    private readonly Dictionary<int, bool> _known = new();

    public FontCoverage(FontRegistry fonts)
    {
        _fonts = fonts;
    }

    public bool CanDraw(int codePoint)
    {
        if (!_known.TryGetValue(codePoint, out var drawable))
        {
            _known[codePoint] = drawable = _fonts.CanDraw(codePoint);
        }
        return drawable;
    }
}
