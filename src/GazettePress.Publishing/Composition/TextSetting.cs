using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Composition;

/// <summary>A run of paragraph text in one style; <see cref="Link"/> is an href when the run is inside &lt;a&gt;.</summary>
public sealed record InlineRun(string Text, string FontRole, bool Bold, double SizePt, uint Color, double LetterSpacingEm, int VerticalShift, string? Link);

public sealed record ParagraphFormat(TextAlign Align, double FirstLineIndentPt, double LeadingPt, double WidthPt);

/// <summary>A horizontal stretch of a line covered by a link, relative to the paragraph's left edge.</summary>
public readonly record struct LinkSpan(double Left, double Right, string Link);

/// <summary>One line as set by the text engine: the composer only needs its metrics and where its text came from.</summary>
public abstract class SetLine
{
    /// <summary>Baseline-to-baseline distance to the next line.</summary>
    public abstract double Leading { get; }
    /// <summary>Height of the ink above the baseline (em box top).</summary>
    public abstract double Ascent { get; }
    /// <summary>Right edge of the last glyph, relative to the paragraph's left edge.</summary>
    public abstract double ContentRight { get; }
    public abstract double ContentLeft { get; }
    /// <summary>The range of the paragraph's text this line covers.</summary>
    public abstract int TextStart { get; }
    public abstract int TextEnd { get; }
    public abstract IReadOnlyList<LinkSpan> Links { get; }
    /// <summary>The line's text, for dumps and tests.</summary>
    public abstract string Text { get; }
}

public sealed record SetParagraph(IReadOnlyList<SetLine> Lines, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The text engine as the composer sees it: styled runs and a measure in, lines out.</summary>
public interface ITextSetter
{
    SetParagraph Set(IReadOnlyList<InlineRun> runs, ParagraphFormat format);
}

/// <summary>
/// Remembers set paragraphs: the TOC loop re-composes the issue, and only paragraphs whose text or
/// format changed (the TOC's page numbers) are set again.
/// </summary>
public sealed class CachingTextSetter(ITextSetter inner) : ITextSetter
{
    private readonly Dictionary<string, SetParagraph> _cache = new(StringComparer.Ordinal);

    public int Hits { get; private set; }
    public int Misses { get; private set; }

    public SetParagraph Set(IReadOnlyList<InlineRun> runs, ParagraphFormat format)
    {
        var key = Key(runs, format);
        if (_cache.TryGetValue(key, out var hit)) { Hits++; return hit; }
        Misses++;
        var result = inner.Set(runs, format);
        _cache[key] = result;
        return result;
    }

    private static string Key(IReadOnlyList<InlineRun> runs, ParagraphFormat format)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(format.ToString()).Append('\u0001');
        foreach (var r in runs)
            sb.Append(r.FontRole).Append('|').Append(r.Bold).Append('|').Append(r.SizePt).Append('|').Append(r.Color).Append('|')
              .Append(r.LetterSpacingEm).Append('|').Append(r.VerticalShift).Append('|').Append(r.Link).Append('\u0002').Append(r.Text).Append('\u0001');
        return sb.ToString();
    }
}
