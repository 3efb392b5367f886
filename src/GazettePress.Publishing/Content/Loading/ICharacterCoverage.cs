namespace GazettePress.Content.Loading;

/// <summary>
/// Answers whether some bundled font can draw a character. The layout engine provides the font-backed
/// implementation; the loader uses it, when given, to report characters that would print as tofu.
/// </summary>
public interface ICharacterCoverage
{
    bool CanDraw(int codePoint);
}
