using DiffPlex;
using DiffPlex.Chunkers;

namespace GazettePress.Publishing.Proofing;

public enum ChangeKind { Changed, Inserted, Deleted }

/// <summary>An area of a page to mark, in points from the page's top-left corner.</summary>
public readonly record struct MarkArea(int Page, double X, double Top, double Width, double Height);

/// <summary>
/// One change between two proof rounds, in one document (or section): the old and new text, the new
/// page it is on and the areas to mark there. A deletion is marked where the text was, in the new
/// round (a point before the next character).
/// </summary>
public sealed record ProofChange(ChangeKind Kind, string Group, string OldText, string NewText, int Page, int? OldPage, IReadOnlyList<MarkArea> Areas);

/// <summary>
/// Compares the placed blocks of two builds (<see cref="ProofRecord"/>). Per document, the blocks are
/// aligned first (a Myers diff of their texts, DiffPlex); within a block that changed, its characters
/// are. Whitespace is ignored (it is where lines broke, not what the text says), and changes less than
/// <see cref="MergeGap"/> unchanged characters apart are one change, as a proofreader would mark them.
/// Pure: no files, no clock.
/// </summary>
public static class ProofComparer
{
    public const int MergeGap = 2;

    private static readonly Differ Differ = new();

    public static IReadOnlyList<ProofChange> Compare(IReadOnlyList<PlacedBlock> before, IReadOnlyList<PlacedBlock> after)
    {
        var changes = new List<ProofChange>();
        var oldGroups = before.GroupBy(b => b.Group).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var newGroups = after.GroupBy(b => b.Group).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var order = after.Select(b => b.Group).Concat(before.Select(b => b.Group)).Distinct(StringComparer.Ordinal);
        foreach (var group in order)
            CompareGroup(group, oldGroups.GetValueOrDefault(group) ?? [], newGroups.GetValueOrDefault(group) ?? [], after, changes);
        return changes;
    }

    private static void CompareGroup(string group, PlacedBlock[] olds, PlacedBlock[] news, IReadOnlyList<PlacedBlock> allNew, List<ProofChange> changes)
    {
        var oldTexts = olds.Select(b => Normalized.Of(b.Text)).ToArray();
        var newTexts = news.Select(b => Normalized.Of(b.Text)).ToArray();
        var result = Differ.CreateDiffs(string.Join('\u0001', oldTexts.Select(t => t.Text)), string.Join('\u0001', newTexts.Select(t => t.Text)),
            false, false, BlockChunker.Instance);
        if (olds.Length == 0 || news.Length == 0)
        {
            // A whole document added or removed: one diff block of everything.
            result = new DiffPlex.Model.DiffResult([.. oldTexts.Select(t => t.Text)], [.. newTexts.Select(t => t.Text)],
                [new DiffPlex.Model.DiffBlock(0, olds.Length, 0, news.Length)]);
        }
        foreach (var block in result.DiffBlocks)
        {
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
                CompareBlocks(group, olds[block.DeleteStartA + i], oldTexts[block.DeleteStartA + i], news[block.InsertStartB + i], newTexts[block.InsertStartB + i], changes);
            for (var i = paired; i < block.InsertCountB; i++)
            {
                var b = news[block.InsertStartB + i];
                var t = newTexts[block.InsertStartB + i];
                if (t.Text.Length == 0) continue;
                changes.Add(new ProofChange(ChangeKind.Inserted, group, "", b.Text.Trim(), FirstPage(b), null, Areas(b, t, 0, t.Text.Length)));
            }
            for (var i = paired; i < block.DeleteCountA; i++)
            {
                var b = olds[block.DeleteStartA + i];
                if (Normalized.Of(b.Text).Text.Length == 0) continue;
                // Marked where the block was: before the next block of the new round (or after the last one).
                var at = block.InsertStartB + block.InsertCountB;
                var area = at < news.Length ? PointBefore(news[at], newTexts[at], 0)
                    : news.Length > 0 ? PointAfter(news[^1], newTexts[^1])
                    : null;
                changes.Add(new ProofChange(ChangeKind.Deleted, group, b.Text.Trim(), "", area?.Page ?? FirstPage(allNew.FirstOrDefault()), FirstPage(b),
                    area is { } a ? [a] : []));
            }
        }
    }

    private static void CompareBlocks(string group, PlacedBlock oldBlock, Normalized oldText, PlacedBlock newBlock, Normalized newText, List<ProofChange> changes)
    {
        if (oldText.Text == newText.Text) return;
        var result = Differ.CreateDiffs(oldText.Text, newText.Text, false, false, CharacterChunker.Instance);
        foreach (var (deleteStart, deleteCount, insertStart, insertCount) in Merge(result.DiffBlocks.Select(b => (b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))))
        {
            var oldPart = oldText.Text.Substring(deleteStart, deleteCount);
            var newPart = newText.Text.Substring(insertStart, insertCount);
            if (insertCount > 0)
            {
                changes.Add(new ProofChange(deleteCount > 0 ? ChangeKind.Changed : ChangeKind.Inserted, group, oldPart, newPart,
                    PageOf(newBlock, newText, insertStart), deleteCount > 0 ? PageOf(oldBlock, oldText, deleteStart) : null,
                    Areas(newBlock, newText, insertStart, insertStart + insertCount)));
            }
            else
            {
                var area = insertStart < newText.Text.Length ? PointBefore(newBlock, newText, insertStart) : PointAfter(newBlock, newText);
                changes.Add(new ProofChange(ChangeKind.Deleted, group, oldPart, "", area?.Page ?? FirstPage(newBlock), PageOf(oldBlock, oldText, deleteStart),
                    area is { } a ? [a] : []));
            }
        }
    }

    /// <summary>Diff blocks closer than <see cref="MergeGap"/> unchanged characters, as one change.</summary>
    internal static IEnumerable<(int DeleteStart, int DeleteCount, int InsertStart, int InsertCount)> Merge(IEnumerable<(int, int, int, int)> blocks)
    {
        (int DeleteStart, int DeleteCount, int InsertStart, int InsertCount)? current = null;
        foreach (var (ds, dc, @is, ic) in blocks)
        {
            if (current is { } c && ds - (c.DeleteStart + c.DeleteCount) <= MergeGap && @is - (c.InsertStart + c.InsertCount) <= MergeGap)
            {
                current = (c.DeleteStart, ds + dc - c.DeleteStart, c.InsertStart, @is + ic - c.InsertStart);
                continue;
            }
            if (current is { } done) yield return done;
            current = (ds, dc, @is, ic);
        }
        if (current is { } last) yield return last;
    }

    private static int FirstPage(PlacedBlock? block) => block is { Runs.Count: > 0 } ? block.Runs[0].Page : 1;

    private static int PageOf(PlacedBlock block, Normalized text, int normalizedOffset)
    {
        var offset = text.Original(normalizedOffset);
        return block.Runs.FirstOrDefault(r => offset < r.Start + r.Length).Page is var page and > 0 ? page : FirstPage(block);
    }

    /// <summary>The areas (one per run) that hold characters [start, end) of the normalized text.</summary>
    private static IReadOnlyList<MarkArea> Areas(PlacedBlock block, Normalized text, int start, int end)
    {
        var from = text.Original(start);
        var to = text.Original(end - 1) + 1;
        var areas = new List<MarkArea>();
        foreach (var run in block.Runs)
        {
            var a = Math.Max(from, run.Start);
            var b = Math.Min(to, run.Start + run.Length);
            if (a >= b) continue;
            var (x0, x1) = Span(block.Text, run, a, b);
            areas.Add(new MarkArea(run.Page, x0, run.Baseline - run.Size * 0.9, x1 - x0, run.Size * 1.15));
        }
        return areas;
    }

    private static MarkArea? PointBefore(PlacedBlock block, Normalized text, int normalizedOffset)
    {
        var offset = text.Original(normalizedOffset);
        foreach (var run in block.Runs)
        {
            if (offset >= run.Start + run.Length) continue;
            var (x, _) = Span(block.Text, run, Math.Max(offset, run.Start), Math.Max(offset, run.Start) + 1);
            return new MarkArea(run.Page, x, run.Baseline - run.Size * 0.9, 0, run.Size * 1.15);
        }
        return PointAfter(block, text);
    }

    private static MarkArea? PointAfter(PlacedBlock block, Normalized text)
    {
        if (block.Runs.Count == 0) return null;
        var run = block.Runs[^1];
        return new MarkArea(run.Page, run.X + run.Width, run.Baseline - run.Size * 0.9, 0, run.Size * 1.15);
    }

    /// <summary>The x extent of characters [a, b) of a run, spread by their widths (a wide character one em, others about half).</summary>
    private static (double X0, double X1) Span(string text, PlacedRun run, int a, int b)
    {
        double Weight(int i) => ProofRecord.IsWide(text[i]) ? 1.0 : 0.55;
        double total = 0, before = 0, inside = 0;
        for (var i = run.Start; i < run.Start + run.Length; i++)
        {
            var w = Weight(i);
            total += w;
            if (i < a) before += w;
            else if (i < b) inside += w;
        }
        if (total <= 0) return (run.X, run.X);
        var scale = run.Width / total;
        return (run.X + before * scale, run.X + (before + inside) * scale);
    }

    /// <summary>One piece per block (DiffPlex's delimiter chunker keeps the delimiters as pieces of their own).</summary>
    private sealed class BlockChunker : IChunker
    {
        public static readonly BlockChunker Instance = new();
        public IReadOnlyList<string> Chunk(string text) => text.Split('\u0001');
    }

    /// <summary>A text without whitespace, with the offset of each remaining character in the original.</summary>
    private sealed class Normalized
    {
        private readonly int[] _original;

        private Normalized(string text, int[] original)
        {
            Text = text;
            _original = original;
        }

        public string Text { get; }

        public int Original(int offset) => _original.Length == 0 ? 0 : _original[Math.Clamp(offset, 0, _original.Length - 1)];

        public static Normalized Of(string text)
        {
            var sb = new System.Text.StringBuilder(text.Length);
            var map = new List<int>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]) || text[i] == '\u0001') continue;
                sb.Append(text[i]);
                map.Add(i);
            }
            return new Normalized(sb.ToString(), map.ToArray());
        }
    }
}
