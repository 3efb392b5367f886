namespace GazettePress.Importing;

/// <summary>A document of the issue: where its text is (null when only the TOC lists it) and its TOC entry (null when the TOC lacks it).</summary>
internal sealed record PlacedDocument(DocumentHead? Head, TocEntry? Entry, string Section);

/// <summary>
/// Matches the two independent lists of documents — the TOC's entries and the heads found in the body
/// — by 文号 (exact, then with a misread issuer code), then by OCR-tolerant title likeness, and looks
/// for the title of every TOC entry still unmatched in the body. Nothing is dropped: a body document
/// missing from the TOC, a TOC entry whose text was not found (kept as an empty document), an order
/// that differs and a page number that goes backwards are each a review item.
/// </summary>
internal static class Reconciler
{
    public static List<PlacedDocument> Reconcile(IReadOnlyList<TocEntry> entries, List<DocumentHead> heads, IReadOnlyList<SourceLine> lines,
        int bodyFrom, int textEnd, ReviewLog review)
    {
        var match = new DocumentHead?[entries.Count];
        var used = new HashSet<DocumentHead>();
        // 1. the same 文号; 2. the same year and number with an issuer code one character off.
        for (var pass = 0; pass < 2; pass++)
            for (var t = 0; t < entries.Count; t++)
            {
                if (match[t] is not null || entries[t].DocNumber is not { } number) continue;
                var head = heads.FirstOrDefault(h => !used.Contains(h) && h.DocNumber is not null
                    && (pass == 0 ? h.DocNumber == number : NearNumber(h.DocNumber, number)));
                if (head is null) continue;
                match[t] = head;
                used.Add(head);
            }
        // 3. the title, OCR-tolerant.
        for (var t = 0; t < entries.Count; t++)
        {
            if (match[t] is not null) continue;
            var key = Similarity.Fold(entries[t].Title);
            var best = heads.Where(h => !used.Contains(h) && h.TitleLines.Count > 0)
                .Select(h => (Head: h, Score: Similarity.Dice(Similarity.Fold(h.TitleText), key)))
                .Where(x => x.Score >= 0.7)
                .OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Head is null) continue;
            match[t] = best.Head;
            used.Add(best.Head);
        }
        // 4. an unmatched TOC entry's title searched in the body text.
        for (var t = 0; t < entries.Count; t++)
        {
            if (match[t] is not null) continue;
            var found = FindByTitle(entries[t], lines, bodyFrom, textEnd, heads);
            if (found is null) continue;
            match[t] = found;
            heads.Add(found);
            used.Add(found);
            review.Note(ReviewCategory.Documents, found.TitleLines[0].Number, ImportMessages.FoundByTocTitle,
                ("title", entries[t].Title), ("number", entries[t].DocNumber ?? "—"));
        }
        heads.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Titles re-picked where the TOC knows them better than the layout guess.
        for (var t = 0; t < entries.Count; t++)
            if (match[t] is { } head && Refine(head, entries[t], lines) is { } refined && refined != head)
            {
                heads[heads.IndexOf(head)] = refined;
                match[t] = refined;
            }

        var placed = new List<PlacedDocument>();
        var entryOf = new Dictionary<DocumentHead, int>();
        for (var t = 0; t < entries.Count; t++)
            if (match[t] is { } h) entryOf[h] = t;
        string? section = null;
        var lastEntry = -1;
        foreach (var head in heads)
        {
            if (entryOf.TryGetValue(head, out var t))
            {
                // Entries the body skipped: kept, empty, where the TOC has them.
                for (var missing = lastEntry + 1; missing < t; missing++)
                    if (match[missing] is null) placed.Add(Missing(entries[missing], review));
                if (t < lastEntry)
                    review.Note(ReviewCategory.Documents, head.AnchorLine + 1, ImportMessages.OrderDiffers,
                        ("title", entries[t].Title), ("position", t + 1));
                lastEntry = Math.Max(lastEntry, t);
                section = entries[t].Section;
                placed.Add(new PlacedDocument(head, entries[t], section));
            }
            else
            {
                var s = section ?? entries.FirstOrDefault()?.Section ?? ImportMessages.UnsortedSection;
                if (entries.Count > 0)
                    review.Note(ReviewCategory.Documents, head.AnchorLine + 1, ImportMessages.NotInToc,
                        ("title", SpaceNormalizer.RemoveStraySpaces(head.TitleText)), ("number", head.DocNumber ?? "—"), ("section", s.Length > 0 ? s : ImportMessages.UnsortedSection));
                placed.Add(new PlacedDocument(head, null, s));
            }
        }
        for (var missing = lastEntry + 1; missing < entries.Count; missing++)
            if (match[missing] is null) placed.Add(Missing(entries[missing], review));
        for (var t = 1; t < entries.Count; t++)
            if (entries[t].Page is { } p && entries[t - 1].Page is { } before && p < before)
                review.Note(ReviewCategory.Toc, entries[t].Line, ImportMessages.PageBackwards, ("page", p), ("before", before), ("title", entries[t].Title));
        return placed;
    }

    /// <summary>A TOC entry whose text was not found; the importer notes it under the empty document it makes.</summary>
    private static PlacedDocument Missing(TocEntry entry, ReviewLog review) => new(null, entry, entry.Section);

    /// <summary>Same year and number, issuer codes of the same length differing in at most one (look-alike) character.</summary>
    public static bool NearNumber(string a, string b)
    {
        var ya = DocNumberText.YearAndNumber(a);
        if (ya is null || ya != DocNumberText.YearAndNumber(b)) return false;
        var ca = Similarity.Fold(a[..^ya.Length]);
        var cb = Similarity.Fold(b[..^ya.Length]);
        if (ca == cb) return true;
        if (ca.Length != cb.Length) return Math.Abs(ca.Length - cb.Length) == 1 && (ca.Contains(cb) || cb.Contains(ca)) && Math.Min(ca.Length, cb.Length) >= 2;
        return ca.Zip(cb).Count(p => p.First != p.Second) <= 1;
    }

    /// <summary>The TOC title printed in the body (1–4 lines), outside the heads already found.</summary>
    private static DocumentHead? FindByTitle(TocEntry entry, IReadOnlyList<SourceLine> lines, int from, int to, List<DocumentHead> heads)
    {
        var key = Similarity.Fold(entry.Title);
        if (key.Length < 4) return null;
        var taken = new bool[Math.Max(0, to)];
        foreach (var h in heads)
            for (var k = Math.Max(0, h.Start); k < h.BodyStart && k < taken.Length; k++) taken[k] = true;
        var firstPair = key[..2];
        for (var i = from; i < to; i++)
        {
            if (lines[i].IsBlank || taken[i] || lines[i].Text.Length > 80) continue;
            var first = Similarity.Fold(lines[i].Text);
            if (first.Length == 0 || !DocumentHeads.IsTitleLike(lines[i].Text) || !key.Contains(first[..Math.Min(2, first.Length)], StringComparison.Ordinal) && !first.Contains(firstPair, StringComparison.Ordinal)) continue;
            var window = new List<SourceLine>();
            var text = "";
            for (var k = i; k < to && window.Count < 4; k++)
            {
                if (lines[k].IsBlank) continue;
                if (taken[k] || !DocumentHeads.IsTitleLike(lines[k].Text)) break;
                window.Add(lines[k]);
                text += Similarity.Fold(lines[k].Text);
                if (text.Length + 2 >= key.Length && Similarity.Dice(text, key) >= 0.8)
                {
                    var after = Lines.NextNonBlank(lines, k + 1, to);
                    var anchor = k;
                    var bodyStart = k + 1;
                    // The 文号 line under the title, however damaged: short and ending in 号.
                    if (after >= 0 && lines[after].Text.Length <= 30 && lines[after].Text.TrimEnd().EndsWith('号') && !TocParser.IsRunningText(lines[after].Text))
                    {
                        anchor = after;
                        bodyStart = after + 1;
                    }
                    return new DocumentHead(i, null, window, entry.DocNumber, anchor, bodyStart, HeadEvidence.TocTitle, false);
                }
                if (text.Length > key.Length + 6) break;
            }
        }
        return null;
    }

    /// <summary>When the layout guess took other lines for the title, the fewest lines above the 文号 matching the TOC title.</summary>
    private static DocumentHead? Refine(DocumentHead head, TocEntry entry, IReadOnlyList<SourceLine> lines)
    {
        if (head.Evidence != HeadEvidence.DocNumber || head.TitleLines.Count == 0) return null;
        var key = Similarity.Fold(entry.Title);
        if (Similarity.Fold(head.TitleText) == key) return null;
        var anchorIndex = head.AnchorLine;
        if (head.TitleLines[0].Number - 1 > anchorIndex) return null; // title printed below the 文号
        var candidate = new List<SourceLine>();
        var k = anchorIndex;
        for (var n = 0; n < 4; n++)
        {
            k = Lines.PreviousNonBlank(lines, k - 1, Math.Max(0, head.Start - 6));
            if (k < 0 || !DocumentHeads.IsTitleLike(lines[k].Text)) break;
            candidate.Insert(0, lines[k]);
            var folded = Similarity.Fold(string.Concat(candidate.Select(l => l.Text)));
            if (folded == key || folded.Length >= key.Length - 1 && Similarity.Dice(folded, key) >= 0.9)
            {
                if (candidate.Count == head.TitleLines.Count && candidate[0] == head.TitleLines[0]) return null;
                var start = head.Registration is not null && head.Start < candidate[0].Number - 1 ? head.Start : candidate[0].Number - 1;
                return head with { TitleLines = candidate, Start = start };
            }
        }
        return null;
    }
}
