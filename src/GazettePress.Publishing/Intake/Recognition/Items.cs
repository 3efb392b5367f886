using GazettePress.Intake.Model;

namespace GazettePress.Intake.Recognition;

/// <summary>The recogniser's view of the source: one entry per line of text, table, picture, rule or page break.</summary>
internal abstract record Item;

internal sealed record ParaItem(Para P) : Item
{
    public override string ToString() => P.Text;
}

internal sealed record TableItem(SourceTable Table) : Item
{
    public string Text => string.Join(" ", Table.Rows.SelectMany(r => r).Select(c => c.Text));
}

internal sealed record ImageItem(SourceImage Image) : Item;

internal sealed record RuleItem(bool Red) : Item;

internal sealed record BreakItem : Item;

internal sealed record OmissionItem(SourceOmission Omission) : Item;

internal static class Items
{
    /// <summary>
    /// The blocks as items: paragraphs split at their line breaks, empty lines dropped, tables without
    /// borders (layout tables: a 版头 in a table, issuers side by side) read cell by cell as text.
    /// </summary>
    public static List<Item> From(IEnumerable<SourceBlock> blocks)
    {
        var items = new List<Item>();
        Add(blocks, items);
        // Consecutive page breaks are one; a break at the very start means nothing.
        var result = new List<Item>();
        foreach (var item in items)
        {
            if (item is BreakItem && (result.Count == 0 || result[^1] is BreakItem)) continue;
            result.Add(item);
        }
        while (result.Count > 0 && result[^1] is BreakItem) result.RemoveAt(result.Count - 1);
        return result;
    }

    private static void Add(IEnumerable<SourceBlock> blocks, List<Item> items)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceParagraph p:
                    foreach (var line in Para.Lines(p))
                        if (!line.IsEmpty) items.Add(new ParaItem(line));
                    if (p.Look.RedRuleBelow) items.Add(new RuleItem(true));
                    break;
                case SourceTable t when IsLayout(t):
                    foreach (var row in t.Rows)
                        foreach (var cell in row)
                            Add(cell.Blocks, items);
                    break;
                case SourceTable t:
                    items.Add(new TableItem(t));
                    break;
                case SourceImage image:
                    items.Add(new ImageItem(image));
                    break;
                case SourceRule rule:
                    items.Add(new RuleItem(rule.Red));
                    break;
                case SourcePageBreak:
                    items.Add(new BreakItem());
                    break;
                case SourceOmission omission:
                    items.Add(new OmissionItem(omission));
                    break;
            }
        }
    }

    /// <summary>A table drawn without borders, or with one cell, lays text out; it holds no tabular data.</summary>
    private static bool IsLayout(SourceTable t) =>
        !t.HasBorders || t.Rows.Count == 1 && t.Rows[0].Count == 1 || t.Rows.All(r => r.Count == 1);
}
