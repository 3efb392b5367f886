using System.Globalization;
using System.Text.RegularExpressions;
using GazettePress.Layout.DisplayList;

namespace GazettePress.Publishing.Pdf.Tagging;

/// <summary>Which display item (index into the page's items) painted the graphics object <paramref name="Group"/>.</summary>
public sealed record MatchedGroup(ContentGroup Group, int ItemIndex);

/// <summary>
/// Pairs the graphics objects Skia wrote for a page with the display items the painter drew, in
/// painting order, and proves each pair: a text object must show exactly the glyphs of its glyph
/// run, a rule must be a stroked path starting at the rule's first point, a rectangle a filled or
/// stroked <c>re</c> at its corner and size, a shape a filled path starting at its first point, an
/// image an XObject. Any difference — an object the painter did not draw, an item Skia left out, a
/// glyph or a coordinate that differs — throws <see cref="TaggingException"/>: the page is never
/// tagged by guesswork. Items that may legitimately paint nothing (an empty path, an image that
/// does not decode, a zero-length rule, a zero-size rectangle) may be missing.
/// </summary>
public static partial class ItemMatcher
{
    private const double Tolerance = 0.05;

    private sealed record Expectation(GroupKind Kind, bool Optional, Func<IReadOnlyList<ContentOperation>, ContentGroup, string?> Check);

    public static List<MatchedGroup> Match(Page page, IReadOnlyList<ContentOperation> operations, IReadOnlyList<ContentGroup> groups, int pageIndex)
    {
        var painting = groups.Where(g => g.Paints).ToList();
        var matched = new List<MatchedGroup>(painting.Count);
        var next = 0;
        for (var index = 0; index < page.Items.Length; index++)
        {
            foreach (var expectation in Expect(page.Items[index]))
            {
                string? problem;
                if (next >= painting.Count)
                    problem = "the page content ends before it";
                else if (painting[next].Kind != expectation.Kind)
                    problem = $"the next graphics object (operations {painting[next].Start}–{painting[next].End - 1}) is {painting[next].Kind}, not {expectation.Kind}";
                else
                    problem = expectation.Check(operations, painting[next]);
                if (problem is null)
                {
                    matched.Add(new MatchedGroup(painting[next], index));
                    next++;
                }
                else if (!expectation.Optional)
                {
                    throw new TaggingException($"page {pageIndex + 1}, item {index} ({Describe(page.Items[index])}): {problem}");
                }
            }
        }
        if (next < painting.Count)
            throw new TaggingException($"page {pageIndex + 1}: the content paints {painting.Count - next} graphics object(s) after the last display item (first at operation {painting[next].Start})");
        return matched;
    }

    private static string Describe(PageItem item)
    {
        var sb = new System.Text.StringBuilder();
        item.Describe(sb);
        var text = sb.ToString();
        return text.Length > 80 ? text[..80] + "…" : text;
    }

    private static IEnumerable<Expectation> Expect(PageItem item)
    {
        switch (item)
        {
            case GlyphRunItem run when run.Glyphs.Length > 0:
                yield return new Expectation(GroupKind.Text, false, (ops, g) => CheckGlyphs(run, ops, g));
                break;
            case RuleItem rule:
                var degenerate = Math.Abs(rule.X2 - rule.X1) < 1e-6 && Math.Abs(rule.Y2 - rule.Y1) < 1e-6 || rule.ThicknessPt <= 0;
                yield return new Expectation(GroupKind.StrokedPath, degenerate, (ops, g) => CheckStart(ops, g, "m", rule.X1, rule.Y1));
                break;
            case RectItem rect:
                var empty = rect.Width == 0 || rect.Height == 0;
                if (rect.Fill is not null)
                    yield return new Expectation(GroupKind.FilledPath, empty, (ops, g) => CheckRect(ops, g, rect));
                if (rect.Stroke is not null && rect.StrokeWidthPt > 0)
                    yield return new Expectation(GroupKind.StrokedPath, empty, (ops, g) => CheckRect(ops, g, rect));
                break;
            case PathItem path:
                var start = FirstMove().Match(path.SvgPathData);
                yield return new Expectation(GroupKind.FilledPath, !start.Success,
                    (ops, g) => start.Success ? CheckStart(ops, g, "m", path.X + Number(start.Groups[1].Value), path.Y + Number(start.Groups[2].Value)) : null);
                break;
            case ImageItem image:
                yield return new Expectation(GroupKind.XObject, image.EncodedImage.IsDefaultOrEmpty || image.Width <= 0 || image.Height <= 0, (_, _) => null);
                break;
        }
    }

    [GeneratedRegex(@"^\s*M\s*(-?[0-9.]+)[\s,]+(-?[0-9.]+)")]
    private static partial Regex FirstMove();

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? CheckStart(IReadOnlyList<ContentOperation> ops, ContentGroup group, string op, double x, double y)
    {
        var first = ops[group.Start];
        if (first.Operator != op || first.Operands.Count < 2)
            return $"the path starts with '{first.Operator}', not '{op}'";
        if (Math.Abs(first.Number(0) - x) > Tolerance || Math.Abs(first.Number(1) - y) > Tolerance)
            return $"the path starts at ({first.Number(0):0.###}, {first.Number(1):0.###}), not ({x:0.###}, {y:0.###})";
        return null;
    }

    private static string? CheckRect(IReadOnlyList<ContentOperation> ops, ContentGroup group, RectItem rect)
    {
        var first = ops[group.Start];
        if (first.Operator != "re" || first.Operands.Count != 4)
            return $"the path starts with '{first.Operator}', not 're'";
        double[] actual = [first.Number(0), first.Number(1), first.Number(2), first.Number(3)];
        double[] expected = [rect.X, rect.Y, rect.Width, rect.Height];
        for (var k = 0; k < 4; k++)
            if (Math.Abs(actual[k] - expected[k]) > Tolerance)
                return $"the rectangle is [{string.Join(" ", actual.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))}], not [{string.Join(" ", expected.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))}]";
        return null;
    }

    private static string? CheckGlyphs(GlyphRunItem run, IReadOnlyList<ContentOperation> ops, ContentGroup group)
    {
        var shown = TextObject.ShownCodes(ops, group);
        if (shown.Count != run.Glyphs.Length)
            return $"the text object shows {shown.Count} glyphs, the run has {run.Glyphs.Length}";
        for (var k = 0; k < shown.Count; k++)
            if (shown[k] != run.Glyphs[k])
                return $"glyph {k} is {shown[k]} in the content, {run.Glyphs[k]} in the run";
        return null;
    }
}
