using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GazettePress.Diagnostics;
using GazettePress.Intake.Model;
using GazettePress.Intake.Recognition;
using GazettePress.Intake.Word;

namespace GazettePress.Intake.Html;

/// <summary>
/// The content element's DOM as blocks: each block element's inline content one paragraph (line
/// breaks &lt;br&gt; kept as '\n'), runs with the formatting the markup gives, tables with their
/// cells, pictures saved beside the page, rules. Print/share/close links and similar lines inside the
/// content are left out and listed.
/// </summary>
internal sealed partial class HtmlBlockWalker
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "section", "article", "blockquote", "dd", "dt", "pre", "address",
        "main", "ul", "ol", "dl", "header", "footer", "figure", "figcaption", "caption", "tr", "tbody", "thead",
    };

    private readonly IElement _root;
    private readonly string _baseDirectory;
    private readonly string _source;
    private readonly IElement? _metadata;
    private readonly bool _hasFonts;
    private readonly List<SourceRun> _runs = new();
    private IElement? _block;
    private int _paragraphs;
    private int _images;
    private List<SourceBlock> _output;

    public HtmlBlockWalker(IElement root, string baseDirectory, string source, IElement? metadata)
    {
        _root = root;
        _baseDirectory = Path.GetFullPath(baseDirectory);
        _source = source;
        _metadata = metadata;
        // Pages made from Word keep font-family on their text; pages typed into a CMS have at most bold.
        _hasFonts = root.Descendants<IElement>().Any(e => InlineStyle.FontFamily(e) is not null);
        _output = Blocks;
    }

    public List<SourceBlock> Blocks { get; } = new();

    public List<Diagnostic> Notes { get; } = new();

    public List<DroppedPart> Dropped { get; } = new();

    public void Walk()
    {
        Visit(_root);
        Flush();
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            Text(text);
            return;
        }
        if (node is not IElement e) return;
        if (e == _metadata) return;
        if (e != _root && HtmlContentLocator.IsChrome(e))
        {
            var t = Regex.Replace(e.TextContent, @"\s+", " ").Trim();
            if (t.Length > 0) Dropped.Add(new DroppedPart(TextIdPart.PageChrome, t));
            return;
        }
        switch (e.LocalName)
        {
            case "br":
                _block ??= e.ParentElement;
                _runs.Add(new SourceRun("\n"));
                return;
            case "img":
                Flush();
                Image(e);
                return;
            case "table":
                Flush();
                _output.Add(Table(e));
                return;
            case "hr":
                Flush();
                _output.Add(new SourceRule(InlineStyle.IsRed(e, _root)));
                return;
        }
        var isBlock = BlockElements.Contains(e.LocalName);
        if (isBlock) Flush();
        foreach (var child in e.ChildNodes) Visit(child);
        if (isBlock) Flush();
    }

    private void Text(IText node)
    {
        var data = Regex.Replace(node.Data, @"[ \t\r\n\f]+", " ");
        if (data.Length == 0) return;
        var parent = node.ParentElement ?? _root;
        if (_runs.Count == 0 && data.Trim().Length == 0) return;
        _block ??= BlockOf(parent);
        var family = InlineStyle.Inherited(parent, _root, InlineStyle.FontFamily);
        var size = InlineStyle.Points(InlineStyle.Inherited(parent, _root, x => InlineStyle.Declaration(x, "font-size")));
        _runs.Add(new SourceRun(data, InlineStyle.IsBold(parent, _root), FontRoles.Of(family), size, InlineStyle.IsRed(parent, _root), InlineStyle.Shift(parent, _root)));
    }

    private IElement BlockOf(IElement e)
    {
        for (var x = e; x is not null; x = x.ParentElement)
            if (BlockElements.Contains(x.LocalName) || x.LocalName is "td" or "th" || x == _root) return x;
        return _root;
    }

    private void Flush()
    {
        if (_runs.Count == 0) return;
        var runs = new List<SourceRun>(_runs);
        var block = _block ?? _root;
        _runs.Clear();
        _block = null;
        var text = string.Concat(runs.Select(r => r.Text)).Trim();
        if (text.Length == 0) return;
        if (text.Length <= 60 && ChromeLine().IsMatch(text.Replace(" ", "")))
        {
            Dropped.Add(new DroppedPart(TextIdPart.PageChrome, text));
            return;
        }
        var size = runs.Select(r => r.SizePt).FirstOrDefault(s => s is not null) ?? 16;
        double Chars(string property) =>
            InlineStyle.Declaration(block, property) is { } v
                ? v.Trim().EndsWith("em", StringComparison.Ordinal) && !v.Contains("rem") ? (InlineStyle.Points(v, 1) ?? 0) : (InlineStyle.Points(v, size) ?? 0) / size
                : 0;
        var look = new ParagraphLook
        {
            Align = InlineStyle.Align(block, _root),
            FirstLineIndentChars = Math.Round(Chars("text-indent"), 2),
            LeftIndentChars = Math.Round(Chars("margin-left") + Chars("padding-left"), 2),
            RightIndentChars = Math.Round(Chars("margin-right") + Chars("padding-right"), 2),
            StyleName = block.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? "heading " + block.LocalName[1] : null,
            HasFontInformation = _hasFonts,
        };
        _output.Add(new SourceParagraph(runs, look, ++_paragraphs));
    }

    private SourceTable Table(IElement table)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        var merged = false;
        foreach (var tr in Rows(table))
        {
            var cells = new List<SourceCell>();
            foreach (var cell in tr.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var span = int.TryParse(cell.GetAttribute("colspan"), out var cs) && cs > 1 ? cs : 1;
                if (span > 1 || int.TryParse(cell.GetAttribute("rowspan"), out var rs) && rs > 1) merged = true;
                var saved = _output;
                var blocks = new List<SourceBlock>();
                _output = blocks;
                foreach (var child in cell.ChildNodes) Visit(child);
                Flush();
                _output = saved;
                cells.Add(new SourceCell(blocks, span));
            }
            if (cells.Count > 0) rows.Add(cells);
        }
        var borders = int.TryParse(table.GetAttribute("border"), out var b) && b > 0
                      || (table.GetAttribute("style") ?? "").Contains("border", StringComparison.OrdinalIgnoreCase) && !(table.GetAttribute("style") ?? "").Contains("border:none", StringComparison.OrdinalIgnoreCase)
                      || table.Descendants<IElement>().Any(c => c.LocalName is "td" or "th" && (c.GetAttribute("style") ?? "").Contains("solid", StringComparison.OrdinalIgnoreCase));
        return new SourceTable(rows) { HasMergedCells = merged, HasBorders = borders };
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "tbody" or "thead" or "tfoot")
                foreach (var tr in child.Children.Where(c => c.LocalName == "tr")) yield return tr;
        }
    }

    /// <summary>A picture saved with the page (a path inside the page's folder); others are noted, never fetched.</summary>
    private void Image(IElement img)
    {
        var src = img.GetAttribute("src") ?? "";
        if (src.Length == 0 || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !src.Contains("base64,", StringComparison.Ordinal)) return;
        if (int.TryParse(img.GetAttribute("width"), out var w) && w < 40) return;
        byte[]? bytes = null;
        if (src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                bytes = Convert.FromBase64String(src[(src.IndexOf("base64,", StringComparison.Ordinal) + 7)..]);
            }
            catch (FormatException)
            {
            }
        }
        else if (!Uri.TryCreate(src, UriKind.Absolute, out var absolute) || absolute.IsFile)
        {
            var relative = Uri.UnescapeDataString(src.Split('?', '#')[0]).Replace('/', Path.DirectorySeparatorChar);
            var path = Path.GetFullPath(Path.Combine(_baseDirectory, relative));
            if (path.StartsWith(_baseDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) && new FileInfo(path).Length < 50_000_000)
                bytes = File.ReadAllBytes(path);
        }
        if (bytes is null || bytes.Length < 64)
        {
            Notes.Add(Diagnostic.Create(IntakeMessages.Omitted, new SourceLocation(_source), ("what", "图片 " + (src.Length > 80 ? src[..80] + "…" : src)), ("paragraph", _paragraphs + 1)));
            return;
        }
        var extension = Path.GetExtension(src.Split('?', '#')[0]).TrimStart('.').ToLowerInvariant();
        _output.Add(new SourceImage(bytes, extension.Length is > 0 and <= 4 ? extension : "png", null, null, img.GetAttribute("alt") is { Length: > 0 } alt ? alt : null, ++_images));
    }

    [GeneratedRegex(@"(打印本页|打印|关闭窗口|关闭本页|【关闭】|字号[：:]|大中小|分享到|扫一扫|收藏|责任编辑|浏览次数|阅读次数|访问次数|点击数|【返回顶部】|返回顶部|上一篇|下一篇|相关链接|相关文件)")]
    private static partial Regex ChromeLine();
}
