namespace GazettePress.Layout.Text.LineBreaking;

/// <summary>
/// Gives the Line_Break class (and qualifier) the algorithm should use for a code point: the UCD value,
/// or a tailored one. A struct implementation lets the JIT inline it into the per-character loop.
/// </summary>
internal interface ICodePointClassifier
{
    /// <summary>A value made by <see cref="LineBreakData.Pack"/>, before the LB1 resolution of AI, SA, CJ, ….</summary>
    byte Classify(int codePoint);
}

/// <summary>The classes exactly as Unicode gives them.</summary>
internal readonly struct UnicodeClassifier : ICodePointClassifier
{
    public byte Classify(int codePoint) => LineBreakData.Lookup(codePoint);
}
