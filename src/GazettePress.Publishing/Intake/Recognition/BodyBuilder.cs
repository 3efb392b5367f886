using System.Text.RegularExpressions;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Intake.Model;

namespace GazettePress.Intake.Recognition;

/// <summary>
/// Turns the lines of the notice text and of each attached text into body blocks. A heading is
/// recognised by its style (Heading N, 标题 N, an outline level), by being set whole in a heading
/// face (黑体, 楷体) or bold where the text face is another, or — only when the source sets no
/// heading apart by its look — by its numbering and shortness (then it is a guess and a review note
/// says so). Heading levels follow the numbering kinds used as headings, outermost first per part
/// (第一章 → ##, 一、 → ###, …), as the importer does. A bold lead (第一条, （一）切实提高政治站位。,
/// 指挥长：) stays a run-in label: bold in the source is all a reader sees, so no ::: keyvalue block is made.
/// </summary>
internal sealed partial class BodyBuilder
{
    private sealed record Pending(BodyBlock Block, LabelKind Kind = LabelKind.None, int? Outline = null, bool IsHeading = false);

    private readonly List<Pending> _blocks = new();
    private readonly FontRole _textFont;
    private readonly string _source;
    private readonly List<Diagnostic> _notes;
    private readonly List<string> _guessedHeadings = new();
    private readonly List<(int Number, int Paragraph)> _articles = new();
    private int _tables;

    /// <summary>Whether the source sets any numbered heading apart by font, bold or style; if not, headings are told by their text (a guess).</summary>
    private readonly bool _headingsFormatted;

    public BodyBuilder(FontRole textFont, string source, List<Diagnostic> notes, bool headingsFormatted = true)
    {
        _headingsFormatted = headingsFormatted;
        _textFont = textFont;
        _source = source;
        _notes = notes;
    }

    public void AttachedTitle(string title) => _blocks.Add(new Pending(new AttachedTitle(title)));

    public void Signature(IReadOnlyList<string> lines) => _blocks.Add(new Pending(new BodySignature(lines)));

    public void Add(IEnumerable<Item> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case ParaItem { P: var p }:
                    Paragraph(p);
                    break;
                case TableItem { Table: var t }:
                    Table(t);
                    break;
                case ImageItem { Image: var image }:
                    _blocks.Add(new Pending(new BodyImage(image, image.Description is { Length: > 0 } d ? d : "图片")));
                    break;
                case OmissionItem { Omission: var o }:
                    _notes.Add(Diagnostic.Create(IntakeMessages.Omitted, new SourceLocation(_source), ("what", o.What), ("paragraph", o.Number)));
                    break;
            }
        }
    }

    /// <summary>Whether any line is a numbered heading set apart by its look (font, bold, style).</summary>
    public static bool MarksHeadings(IEnumerable<Para> lines, FontRole textFont)
    {
        var builder = new BodyBuilder(textFont, "", []);
        return lines.Any(p => p.Look.OutlineLevel is < 6 || p.Look.StyleName is { } n && HeadingStyle().IsMatch(n)
                              || Labels.Of(p.Text) is not (LabelKind.None or LabelKind.Article) && p.Text.Length <= 60 && !Patterns.EndsSentence(p.Text)
                                 && p.Runs.Where(r => r.Text.Trim().Length > 0).All(builder.IsDistinct));
    }

    private bool IsDistinct(SourceRun run) =>
        run.Bold || run.Font is FontRole.Heiti or FontRole.Kaiti or FontRole.Xiaobiaosong && run.Font != _textFont;

    private void Paragraph(Para p)
    {
        var text = p.Text;
        var kind = Labels.Of(text, out var labelLength);
        // "1 总则": a bare number before a short heading (the dot left out).
        if (kind == LabelKind.None && BareNumber().Match(text) is { Success: true } bare && text.Length <= 20 && !Patterns.EndsSentence(text))
        {
            kind = LabelKind.Arabic;
            labelLength = bare.Length;
        }
        var visible = p.Runs.Where(r => r.Text.Trim().Length > 0).ToList();
        // Without fonts (a web page stripped of styles) only bold markup sets text apart.
        var allDistinct = visible.Count > 0 && visible.All(IsDistinct);
        var prefix = DistinctPrefix(p);
        var styleHeading = p.Look.OutlineLevel is < 6 || p.Look.StyleName is { } name && HeadingStyle().IsMatch(name);
        var sentence = Patterns.EndsSentence(text);

        if (kind is LabelKind.Chapter or LabelKind.Section && text.Length <= 30 && !sentence)
        {
            AddHeading(LabelGap(text, labelLength), kind, p.Look.OutlineLevel);
            return;
        }
        if (kind == LabelKind.Article)
        {
            var label = text[..labelLength];
            var rest = Tail(p.Runs, labelLength).ToList();
            TrimStart(rest);
            if (CjkText.ChineseNumber(label[1..^1]) is { } n) _articles.Add((n, p.Number));
            var distinctLabel = prefix.Length >= labelLength;
            var content = new List<Inline>();
            if (!distinctLabel) content.Add(new Inline(label));
            content.Add(new Inline("\u3000"));
            content.AddRange(Inlines(rest));
            _blocks.Add(new Pending(new BodyParagraph(distinctLabel ? label : null, Merge(content)), kind));
            return;
        }
        if ((styleHeading || allDistinct) && text.Length <= 60 && !sentence && !text.EndsWith('：'))
        {
            // Unnumbered and not centred: a sentence set in bold, not a heading (GB/T 9704 headings carry numbers).
            if (kind == LabelKind.None && !styleHeading && !p.IsCentered)
            {
                _blocks.Add(new Pending(new BodyParagraph(null, Inlines(p.Runs))));
                return;
            }
            AddHeading(text, kind, p.Look.OutlineLevel);
            return;
        }
        if ((!p.HasFonts || !_headingsFormatted) && kind is not LabelKind.None && IsHeadingLikeText(text, kind))
        {
            _guessedHeadings.Add(text);
            AddHeading(text, kind, null);
            return;
        }
        if (prefix.Length > 0 && prefix.Length < text.Length && (prefix[^1] is '。' or '：' or '；' or ':' or '.' || prefix.Length == labelLength && kind != LabelKind.None))
        {
            var rest = Tail(p.Runs, prefix.Length).ToList();
            _blocks.Add(new Pending(new BodyParagraph(prefix, Inlines(rest)), kind));
            return;
        }
        _blocks.Add(new Pending(new BodyParagraph(null, Inlines(p.Runs)), kind));
    }

    private void AddHeading(string text, LabelKind kind, int? outline) =>
        _blocks.Add(new Pending(new Heading(2, text), kind, outline, IsHeading: true));

    /// <summary>第一章总则 → 第一章　总则: the label stands apart from its words, as printed.</summary>
    private static string LabelGap(string text, int labelLength) =>
        labelLength < text.Length && text[labelLength] != '\u3000' ? text[..labelLength] + "\u3000" + text[labelLength..] : text;

    /// <summary>The import's rule for text without fonts: short, numbered, not a sentence.</summary>
    private static bool IsHeadingLikeText(string text, LabelKind kind)
    {
        if (kind is LabelKind.ParenArabic or LabelKind.Circled or LabelKind.Article) return false;
        var limit = kind is LabelKind.Arabic ? 30 : 40;
        if (text.Length > limit || Patterns.EndsSentence(text) || text.EndsWith('：') || text.IndexOfAny(['。', '；', ';']) >= 0) return false;
        return kind is LabelKind.Han or LabelKind.ParenHan || text.IndexOfAny(['，', ',']) < 0;
    }

    /// <summary>The leading text set in bold or a heading face, when the rest is not.</summary>
    private string DistinctPrefix(Para p)
    {
        var prefix = new System.Text.StringBuilder();
        foreach (var run in p.Runs)
        {
            if (run.Text.Trim().Length == 0) { prefix.Append(run.Text); continue; }
            if (!IsDistinct(run)) break;
            prefix.Append(run.Text);
        }
        return prefix.ToString().TrimEnd();
    }

    private static IEnumerable<SourceRun> Tail(IReadOnlyList<SourceRun> runs, int skip)
    {
        foreach (var run in runs)
        {
            if (skip >= run.Text.Length) { skip -= run.Text.Length; continue; }
            yield return skip > 0 ? run with { Text = run.Text[skip..] } : run;
            skip = 0;
        }
    }

    private static void TrimStart(List<SourceRun> runs)
    {
        while (runs.Count > 0)
        {
            var t = runs[0].Text.TrimStart(' ', '\u3000');
            if (t.Length > 0) { runs[0] = runs[0] with { Text = t }; return; }
            runs.RemoveAt(0);
        }
    }

    private static IReadOnlyList<Inline> Inlines(IEnumerable<SourceRun> runs) =>
        Merge(runs.Select(r => new Inline(r.Text, r.Bold && r.Text.Trim().Length > 0, r.Shift)));

    private static List<Inline> Merge(IEnumerable<Inline> inlines)
    {
        var merged = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (inline.Text.Length == 0) continue;
            // Spaces take the emphasis of what precedes them, so that bold spans are not split by a space.
            var i = inline.Text.Trim().Length == 0 && merged.Count > 0 ? inline with { Bold = merged[^1].Bold, Shift = merged[^1].Shift } : inline;
            if (merged.Count > 0 && merged[^1].Bold == i.Bold && merged[^1].Shift == i.Shift)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + i.Text };
            else merged.Add(i);
        }
        return merged;
    }

    private void Table(SourceTable table)
    {
        _tables++;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            foreach (var cell in row)
            {
                var lines = cell.Paragraphs.Select(Para.Whole).Where(l => !l.IsEmpty).Select(l => l.Text).ToList();
                cells.Add(JoinCell(lines));
                for (var k = 1; k < cell.ColumnSpan; k++) cells.Add("");
            }
            rows.Add(cells);
        }
        if (rows.Count == 0 || rows.All(r => r.All(c => c.Length == 0))) return;
        var width = rows.Max(r => r.Count);
        rows = rows.Select(r => (IReadOnlyList<string>)r.Concat(Enumerable.Repeat("", width - r.Count)).ToList()).ToList();
        if (table.HasMergedCells)
            _notes.Add(Diagnostic.Create(IntakeMessages.MergedCells, new SourceLocation(_source), ("table", _tables), ("first", rows[0].FirstOrDefault(c => c.Length > 0) ?? "")));
        _blocks.Add(new Pending(new BodyTable(rows)));
    }

    /// <summary>Lines of one cell joined: nothing between Chinese, a space between Latin words.</summary>
    private static string JoinCell(List<string> lines)
    {
        var s = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (s.Length > 0 && !CjkText.IsCjk(s[^1]) && !CjkText.IsCjk(line[0])) s.Append(' ');
            s.Append(line);
        }
        return s.ToString();
    }

    /// <summary>The blocks with heading levels assigned; notes for guessed headings and article numbers.</summary>
    public IReadOnlyList<BodyBlock> Finish()
    {
        // The notice text and each attached text number their headings on their own (一、 in the notice, 第一章 in the rules).
        var segmentKinds = new List<List<LabelKind>>();
        var segmentOf = new int[_blocks.Count];
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (i == 0 || _blocks[i].Block is AttachedTitle) segmentKinds.Add(new List<LabelKind>());
            segmentOf[i] = segmentKinds.Count - 1;
            if (_blocks[i].IsHeading && _blocks[i].Kind != LabelKind.None && !segmentKinds[^1].Contains(_blocks[i].Kind)) segmentKinds[^1].Add(_blocks[i].Kind);
        }
        foreach (var kinds0 in segmentKinds) kinds0.Sort();
        var result = new List<BodyBlock>();
        for (var i = 0; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            var kinds = segmentKinds[segmentOf[i]];
            if (b.IsHeading && b.Block is Heading h)
            {
                var level = b.Kind != LabelKind.None ? 2 + kinds.IndexOf(b.Kind) : b.Outline is { } o ? 2 + o : 2;
                result.Add(h with { Level = Math.Clamp(level, 2, 5) });
                continue;
            }
            result.Add(b.Block);
        }
        if (_guessedHeadings.Count > 0)
            _notes.Add(Diagnostic.Create(IntakeMessages.HeadingsGuessed, new SourceLocation(_source),
                ("count", _guessedHeadings.Count), ("example", _guessedHeadings[0])));
        for (var i = 1; i < _articles.Count; i++)
            if (_articles[i].Number != _articles[i - 1].Number + 1)
                _notes.Add(Diagnostic.Create(IntakeMessages.ArticleNumbers, new SourceLocation(_source),
                    ("from", _articles[i - 1].Number), ("to", _articles[i].Number), ("paragraph", _articles[i].Paragraph)));
        return result;
    }

    [GeneratedRegex(@"^\d{1,2} (?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(heading|标题|title)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStyle();
}
