namespace GazettePress.Importing;

/// <summary>The text repairs every running-text field gets: punctuation widened, stray spaces removed.</summary>
internal static class BodyText
{
    public static string Clean(string text) => Clean(text, out _, out _);

    public static string Clean(string text, out int widened, out int spaces)
    {
        var s = PunctuationWidener.Widen(text, out widened);
        return SpaceNormalizer.RemoveStraySpaces(s, out spaces);
    }
}
