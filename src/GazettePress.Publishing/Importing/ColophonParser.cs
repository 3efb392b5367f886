namespace GazettePress.Importing;

/// <summary>
/// Stage 3c: the colophon (主办单位, 编辑出版, 地址, 邮编, 电话, 网址, 电子邮箱, 印刷, 定价).
/// It is printed in two columns, and some converters read it row by row, interleaving the
/// columns; the reading with fewer order inversions against the usual order wins, and any
/// reordering is listed for review. Lines without a label continue the previous value.
/// </summary>
internal static class ColophonParser
{
    private static readonly string[] Order =
    {
        "主管单位", "主办单位", "编辑出版", "编辑", "出版", "地址", "邮编", "电话", "传真", "网址", "电子邮箱", "邮箱", "印刷", "发行", "刊号", "定价",
    };

    public static bool IsColophonLabel(string label) => Array.IndexOf(Order, SpaceNormalizer.Label(label)) >= 0;

    /// <summary>Finds the colophon: the longest run of at least three colophon label lines.</summary>
    public static (IReadOnlyList<LabelValue> Pairs, int Start, int End) Parse(IReadOnlyList<SourceLine> lines, ReviewLog review)
    {
        var (start, end) = FindBlock(lines);
        if (start < 0) return (Array.Empty<LabelValue>(), -1, -1);
        var items = new List<(string? Label, string Value, int Line)>();
        for (var i = start; i < end; i++)
        {
            if (lines[i].IsBlank) continue;
            var m = MastheadParser.LabelLine().Match(lines[i].Text);
            if (m.Success && IsColophonLabel(m.Groups[1].Value))
                items.Add((SpaceNormalizer.Label(m.Groups[1].Value), m.Groups[2].Value, lines[i].Number));
            else items.Add((null, lines[i].Text, lines[i].Number));
        }
        var asRead = Attach(items);
        var columns = Attach(items.Where((_, k) => k % 2 == 0).Concat(items.Where((_, k) => k % 2 == 1)).ToList());
        var chosen = asRead;
        if (Inversions(columns) < Inversions(asRead))
        {
            chosen = columns;
            review.Note(ReviewCategory.Colophon, items[0].Line, ImportMessages.ColophonReordered, ("labels", string.Join("、", chosen.Select(p => p.Label))));
        }
        foreach (var item in items.Where(i => i.Label is null))
            review.Note(ReviewCategory.Colophon, item.Line, ImportMessages.ColophonUnlabelled, ("text", item.Value));
        return (chosen, start, end);
    }

    private static List<LabelValue> Attach(IReadOnlyList<(string? Label, string Value, int Line)> items)
    {
        var pairs = new List<LabelValue>();
        foreach (var (label, value, _) in items)
        {
            if (label is not null) pairs.Add(new LabelValue(label, BodyText.Clean(value)));
            else if (pairs.Count > 0) pairs[^1] = pairs[^1] with { Value = pairs[^1].Value + BodyText.Clean(value) };
        }
        return pairs;
    }

    private static int Inversions(IReadOnlyList<LabelValue> pairs)
    {
        var ranks = pairs.Select(p => Array.IndexOf(Order, p.Label)).ToArray();
        var count = 0;
        for (var a = 0; a < ranks.Length; a++)
            for (var b = a + 1; b < ranks.Length; b++)
                if (ranks[a] > ranks[b]) count++;
        return count;
    }

    private static (int Start, int End) FindBlock(IReadOnlyList<SourceLine> lines)
    {
        int bestStart = -1, bestEnd = -1, bestCount = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsLabelLine(lines[i])) continue;
            int count = 0, j = i, lastLabel = i, gap = 0;
            for (; j < lines.Count; j++)
            {
                if (lines[j].IsBlank) continue;
                if (IsLabelLine(lines[j])) { count++; lastLabel = j; gap = 0; }
                else if (++gap > 1 || lines[j].Text.Length > 20) break;
            }
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = i;
                bestEnd = lastLabel + 1;
            }
            i = Math.Max(i, lastLabel);
        }
        return bestCount >= 3 ? (bestStart, bestEnd) : (-1, -1);
    }

    private static bool IsLabelLine(SourceLine line)
    {
        if (line.Text.AsSpan().IndexOfAny(':', '：') < 0) return false;
        var m = MastheadParser.LabelLine().Match(line.Text);
        return m.Success && IsColophonLabel(m.Groups[1].Value);
    }
}
