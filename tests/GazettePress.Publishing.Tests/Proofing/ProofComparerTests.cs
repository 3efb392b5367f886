using GazettePress.Publishing.Proofing;

namespace GazettePress.Publishing.Tests.Proofing;

/// <summary>The comparison itself, on blocks made by hand: text, not layout, decides what changed.</summary>
public class ProofComparerTests
{
    /// <summary>A block of one document whose text is set in runs of <paramref name="perLine"/> characters, one line per run.</summary>
    private static PlacedBlock Block(int element, string text, int perLine = 20, int page = 3, string document = "01-a")
    {
        var runs = new List<PlacedRun>();
        for (int start = 0, line = 0; start < text.Length; start += perLine, line++)
        {
            var length = Math.Min(perLine, text.Length - start);
            runs.Add(new PlacedRun(page, 60, 100 + 16 * line, 10.5 * length, 10.5, start, length));
        }
        return new PlacedBlock("doc-" + document, document, element, "b-" + element, "p", text, runs);
    }

    [Fact]
    public void The_same_text_broken_into_other_lines_or_spaced_otherwise_is_no_change()
    {
        PlacedBlock[] before = [Block(1, "现将有关事项通知如下，请认真贯彻执行。"), Block(2, "Wang Wei (王维) 诗一首。")];
        PlacedBlock[] after = [Block(5, "现将有关事项通知如下，请认真贯彻执行。", perLine: 7, page: 4), Block(6, "Wang  Wei(王维)诗一首。", perLine: 5)];

        Assert.Empty(ProofComparer.Compare(before, after));
    }

    [Fact]
    public void Changes_a_few_characters_apart_are_one_change_with_the_place_of_the_new_text()
    {
        var change = Assert.Single(ProofComparer.Compare([Block(1, "请各部门认真贯彻执行本通知。")], [Block(1, "请各部门认真组织实施本通知。")]));

        Assert.Equal((ChangeKind.Changed, "贯彻执行", "组织实施"), (change.Kind, change.OldText, change.NewText));
        var area = Assert.Single(change.Areas);
        Assert.Equal((3, 60 + 6 * 10.5, 4 * 10.5), (area.Page, Math.Round(area.X, 2), Math.Round(area.Width, 2)));
    }

    [Fact]
    public void Inserted_and_deleted_paragraphs_are_found_among_unchanged_ones()
    {
        PlacedBlock[] before = [Block(1, "第一段。"), Block(2, "第二段要删除。"), Block(3, "第三段。")];
        PlacedBlock[] after = [Block(1, "第一段。"), Block(2, "第三段。"), Block(3, "新加的第四段。")];

        var changes = ProofComparer.Compare(before, after);

        Assert.Equal([(ChangeKind.Inserted, "", "新加的第四段。"), (ChangeKind.Deleted, "第二段要删除。", "")],
            changes.Select(c => (c.Kind, c.OldText, c.NewText)).OrderBy(c => c.Kind));
        // The deletion is marked where the paragraph was: before the paragraph that now follows it.
        var deleted = changes.Single(c => c.Kind == ChangeKind.Deleted);
        Assert.Equal((60.0, 100 - 10.5 * 0.9), (Assert.Single(deleted.Areas).X, deleted.Areas[0].Top));
    }

    [Fact]
    public void A_document_added_in_the_second_round_is_one_insertion_per_block()
    {
        var changes = ProofComparer.Compare([Block(1, "甲。")], [Block(1, "甲。"), Block(2, "新文件。", document: "02-b")]);

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.Inserted, "02-b", "新文件。"), (change.Kind, change.Group, change.NewText));
    }
}
