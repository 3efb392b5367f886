using System.Text;
using GazettePress.Importing;
using GazettePress.Intake.Model;

namespace GazettePress.Intake.Recognition;

/// <summary>
/// One line of a source paragraph, cleaned for recognition: spaces and tab stops used for indents
/// and alignment removed at both ends, runs of them inside reduced to one ideographic space (or
/// dropped between Chinese and a stray ASCII space), formatting kept per character.
/// </summary>
internal sealed class Para
{
    private Para(SourceParagraph source, IReadOnlyList<SourceRun> runs, double leadingSpaces, bool hasWideGap)
    {
        Source = source;
        Runs = runs;
        Text = string.Concat(runs.Select(r => r.Text));
        LeadingSpaces = leadingSpaces;
        HasWideGap = hasWideGap;
    }

    public SourceParagraph Source { get; }

    public IReadOnlyList<SourceRun> Runs { get; }

    public string Text { get; }

    public ParagraphLook Look => Source.Look;

    public int Number => Source.Number;

    public BlockOrigin Origin => Source.Origin;

    /// <summary>Indent made of spaces at the start, in characters (an ideographic space is one, an ASCII space half, a tab two).</summary>
    public double LeadingSpaces { get; }

    /// <summary>The line had a run of two or more spaces or a tab inside (side-by-side issuers, 版记 lines).</summary>
    public bool HasWideGap { get; }

    public bool IsEmpty => Text.Length == 0;

    public bool HasFonts => Look.HasFontInformation;

    public bool IsCentered => Look.Align == TextAlign.Center;

    /// <summary>Set towards the right: right-aligned, or pushed there by a large indent or many spaces (signatures, dates).</summary>
    public bool IsRightSide => Look.Align == TextAlign.End || Look.LeftIndentChars + Math.Max(0, Look.FirstLineIndentChars) + LeadingSpaces >= 8;

    /// <summary>No first-line indent at all (主送机关 starts at the margin).</summary>
    public bool IsFlushLeft => Look.Align is TextAlign.Start or TextAlign.Justify or TextAlign.Unknown
                               && Look.FirstLineIndentChars + Look.LeftIndentChars + LeadingSpaces < 0.9;

    public double? Size => Runs.Where(r => r.Text.Trim().Length > 0).Select(r => r.SizePt).Where(s => s is not null).DefaultIfEmpty(null).Max();

    /// <summary>The font most of the text is set in.</summary>
    public FontRole Font => Runs.Where(r => r.Font != FontRole.Unknown).GroupBy(r => r.Font).OrderByDescending(g => g.Sum(r => r.Text.Length))
        .Select(g => g.Key).FirstOrDefault();

    public bool IsAllBold => Runs.Where(r => r.Text.Trim().Length > 0).All(r => r.Bold) && Text.Length > 0;

    public bool IsRed => Text.Length > 0 && Runs.Where(r => r.Red).Sum(r => r.Text.Length) * 2 > Text.Length;

    /// <summary>Splits a source paragraph into its lines, each cleaned; empty lines are kept as empty Paras.</summary>
    public static IReadOnlyList<Para> Lines(SourceParagraph source)
    {
        var lines = new List<List<SourceRun>> { new() };
        foreach (var run in source.Runs)
        {
            var parts = run.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) lines.Add(new List<SourceRun>());
                if (parts[i].Length > 0) lines[^1].Add(run with { Text = parts[i] });
            }
        }
        return lines.Select(l => Clean(source, l)).ToList();
    }

    /// <summary>The whole paragraph as one cleaned line (line breaks read as spaces).</summary>
    public static Para Whole(SourceParagraph source) =>
        Clean(source, source.Runs.Select(r => r with { Text = r.Text.Replace('\n', ' ') }).ToList());

    private static Para Clean(SourceParagraph source, List<SourceRun> runs)
    {
        var chars = new List<(char C, int Run)>();
        for (var r = 0; r < runs.Count; r++)
            foreach (var c in runs[r].Text)
            {
                if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
                chars.Add((c is '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\u3000' or '\t' or '\r' ? (c is '\u3000' or '\u2003' ? '\u3000' : c == '\t' ? '\t' : ' ') : c, r));
            }
        double leading = 0;
        var start = 0;
        while (start < chars.Count && IsSpace(chars[start].C))
        {
            leading += chars[start].C switch { '\u3000' => 1, '\t' => 2, _ => 0.5 };
            start++;
        }
        var end = chars.Count;
        while (end > start && IsSpace(chars[end - 1].C)) end--;
        var cleaned = new List<(char C, int Run)>();
        var wideGap = false;
        for (var i = start; i < end; i++)
        {
            if (!IsSpace(chars[i].C))
            {
                cleaned.Add(chars[i]);
                continue;
            }
            var j = i;
            while (j < end && IsSpace(chars[j].C)) j++;
            var gap = chars.Skip(i).Take(j - i).Select(x => x.C).ToList();
            var before = chars[i - 1].C;
            var after = chars[j].C;
            var cjk = CjkText.IsCjk(before) || CjkText.IsCjk(after);
            var bothCjk = CjkText.IsCjk(before) && CjkText.IsCjk(after);
            var wide = gap.Count >= 2 || gap.Contains('\t');
            wideGap |= wide;
            // An ideographic space or a wide gap is kept as one ideographic space (总　则, 市长　张三); a single
            // ASCII space between two Chinese characters is a stray; next to Latin or digits it is kept (1 总则).
            if (wide || gap[0] == '\u3000') cleaned.Add((cjk ? '\u3000' : ' ', chars[i].Run));
            else if (!bothCjk) cleaned.Add((' ', chars[i].Run));
            i = j - 1;
        }
        var result = new List<SourceRun>();
        foreach (var group in Group(cleaned))
            result.Add(runs[group.Run] with { Text = group.Text });
        return new Para(source, result, leading, wideGap);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\t';

    private static IEnumerable<(int Run, string Text)> Group(List<(char C, int Run)> chars)
    {
        var s = new StringBuilder();
        var run = -1;
        foreach (var (c, r) in chars)
        {
            if (r != run && s.Length > 0)
            {
                yield return (run, s.ToString());
                s.Clear();
            }
            run = r;
            s.Append(c);
        }
        if (s.Length > 0) yield return (run, s.ToString());
    }

    /// <summary>This line with its text replaced character for character (same length), formatting kept.</summary>
    public Para WithText(string text)
    {
        if (text.Length != Text.Length) throw new ArgumentException("same length expected", nameof(text));
        var runs = new List<SourceRun>();
        var at = 0;
        foreach (var r in Runs)
        {
            runs.Add(r with { Text = text.Substring(at, r.Text.Length) });
            at += r.Text.Length;
        }
        return new Para(Source, runs, LeadingSpaces, HasWideGap);
    }

    /// <summary>The parts of the line separated by wide gaps (两个发文机关 side by side).</summary>
    public IReadOnlyList<string> GapSeparatedParts()
    {
        var raw = string.Concat(Source.Runs.Select(r => r.Text)).Replace('\t', '\u3000').Replace('\u00A0', ' ');
        var parts = System.Text.RegularExpressions.Regex.Split(raw.Trim(' ', '\u3000', '\n'), @"[ \u3000]{2,}|\n");
        return parts.Select(p => p.Trim(' ', '\u3000')).Where(p => p.Length > 0).ToList();
    }

    public override string ToString() => Text;
}
