using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>
/// Every document of the three sample issues, written out as the Word file its office would have
/// sent (版头 as paragraphs, in a table, in a text box or missing; direct formatting or styles; WPS
/// runs), added back, gives the same document: front matter fields and every body block (element,
/// class, text — so headings, item and article labels, run-in leads, key–value blocks, signatures).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < IntakeTestFiles.Samples.Count; i++) data.Add(i);
        return data;
    }

    /// <summary>
    /// The sample as a Word file shows it: a ::: keyvalue line is a bold label and its value, which is
    /// what add writes back (a bold lead, `**label：**value`) — the same text with the same bold label.
    /// </summary>
    private static GazettePress.Content.GazetteDocument AsWordShowsIt(GazettePress.Content.GazetteDocument sample)
    {
        if (!sample.BodyMarkdown.Contains("::: keyvalue", StringComparison.Ordinal)) return sample;
        var body = System.Text.RegularExpressions.Regex.Replace(sample.BodyMarkdown, @"::: keyvalue\n(.*?)\n:::", m =>
            string.Join("\n\n", m.Groups[1].Value.Split("\n\n").Select(line => line.IndexOf('：') is var c and > 0 ? $"**{line[..(c + 1)]}**{line[(c + 1)..]}" : line)),
            System.Text.RegularExpressions.RegexOptions.Singleline);
        return sample with { BodyMarkdown = body };
    }

    /// <summary>Every sample document in four office layouts: each 版头 layout once, formatting, WPS runs, title breaks and section breaks varied.</summary>
    public static TheoryData<int, int> IndexesAndLayouts()
    {
        var data = new TheoryData<int, int>();
        for (var i = 0; i < IntakeTestFiles.Samples.Count; i++)
            for (var shift = 1; shift <= 3; shift++) data.Add(i, shift);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void A_sample_document_written_as_docx_comes_back_the_same(int index) => RoundTrip(index, SampleDocx.Variant.For(index));

    [Theory]
    [MemberData(nameof(IndexesAndLayouts))]
    public void A_sample_document_comes_back_the_same_from_every_office_layout(int index, int shift) =>
        RoundTrip(index, SampleDocx.Variant.For(index + shift));

    private static void RoundTrip(int index, SampleDocx.Variant variant)
    {
        var original = AsWordShowsIt(IntakeTestFiles.Samples[index]);
        var dir = IntakeTestFiles.TempDirectory("roundtrip");
        try
        {
            var path = IntakeTestFiles.Write(dir, original.Id + ".docx", SampleDocx.Write(original, variant));
            var (added, files, _) = IntakeTestFiles.AddAndLoad(path, original.Id);
            var context = $"{original.Id} ({variant})\n{files.Markdown[..Math.Min(1500, files.Markdown.Length)]}";
            if (Environment.GetEnvironmentVariable("GP_DUMP") is { } dump)
            {
                File.WriteAllText(Path.Combine(dump, original.Id + ".md"), files.Markdown);
                File.Copy(path, Path.Combine(dump, original.Id + ".docx"), overwrite: true);
            }
            Assert.True(IntakeTestFiles.Fields(original).SequenceEqual(IntakeTestFiles.Fields(added)),
                context + "\nexpected:\n" + string.Join("\n", IntakeTestFiles.Fields(original)) + "\nactual:\n" + string.Join("\n", IntakeTestFiles.Fields(added)));
            var expected = IntakeTestFiles.BodyBlocks(original);
            var actual = IntakeTestFiles.BodyBlocks(added);
            var firstDifference = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
                .FirstOrDefault(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i], -1);
            if (firstDifference >= 0)
                Assert.Fail($"{context}\nblock {firstDifference}:\nexpected: {(firstDifference < expected.Count ? expected[firstDifference] : "(none)")}\nactual:   {(firstDifference < actual.Count ? actual[firstDifference] : "(none)")}");
            // The only review notes left are the ones a real office file gives cause for.
            Assert.All(added.ReviewNotes, n => Assert.Matches("附件|网络版|二维码|解读|序号", n));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
