using System.Text.Json;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Proofing;
using GazettePress.Publishing.Tests.Build;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Content;

namespace GazettePress.Publishing.Tests.Proofing;

/// <summary>
/// Two proof rounds of the same issue, the second with three edits in three documents — one sentence
/// changed, one paragraph inserted, one sentence deleted: diff finds exactly these three, on the right
/// pages, marks exactly where pdftotext reads the new text, and marks nothing else.
/// </summary>
public sealed class ProofDiffTests : IClassFixture<ProofDiffTests.Rounds>
{
    public sealed class Rounds : IDisposable
    {
        public const string Changed = "认真贯彻执行";
        public const string ChangedTo = "认真组织实施";
        public const string Inserted = "各级人民武装部要将本细则的落实情况纳入年度工作考评。";
        public const string Deleted = "符合旅馆业开办条件的网约房按照旅馆业进行治安管理。";

        public string First { get; }
        public string Second { get; }
        private readonly TempIssue _issue;

        public Rounds()
        {
            var source = Path.Combine(TestIssues.RepoRoot, "tests", "data", "issues", "mini-2025-06");
            _issue = new TempIssue();
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
                _issue.WriteBytes(Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllBytes(file));
            First = BuildFixture.Build(_issue.Directory, null, out var exit, out var errors);
            if (exit != 0) throw new InvalidOperationException(errors);

            Edit("docs/02-jszb-2025-22.md", Changed, ChangedTo);
            Edit("docs/01-jszf-2025-11.md", "## 第二章　基本权益保障", Inserted + "\n\n## 第二章　基本权益保障");
            Edit("docs/03-jsgtz-2025-33.md", Deleted, "");
            Second = BuildFixture.Build(_issue.Directory, null, out exit, out errors);
            if (exit != 0) throw new InvalidOperationException(errors);
        }

        private void Edit(string file, string from, string to)
        {
            var path = _issue.PathOf(file);
            var text = File.ReadAllText(path);
            if (!text.Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException($"{file} has no '{from}'");
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        public void Dispose()
        {
            foreach (var dir in new[] { First, Second }) Directory.Delete(dir, recursive: true);
            _issue.Dispose();
        }
    }

    private readonly Rounds _rounds;

    public ProofDiffTests(Rounds rounds) => _rounds = rounds;

    [Fact]
    public void The_three_edits_are_found_and_nothing_else()
    {
        var output = Temp();
        var result = ProofDiff.Run(_rounds.First, _rounds.Second, output, Language.Chinese);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Collection(result.Changes.OrderBy(c => c.Group, StringComparer.Ordinal),
            c => Assert.Equal((ChangeKind.Inserted, "01-jszf-2025-11", "", Rounds.Inserted), (c.Kind, c.Group, c.OldText, c.NewText)),
            c => Assert.Equal((ChangeKind.Changed, "02-jszb-2025-22", "贯彻执行", "组织实施"), (c.Kind, c.Group, c.OldText, c.NewText)),
            c => Assert.Equal((ChangeKind.Deleted, "03-jsgtz-2025-33", Rounds.Deleted, ""), (c.Kind, c.Group, c.OldText, c.NewText)));
        Assert.Contains("改：“贯彻执行”→“组织实施”", result.Summary);
        Assert.Contains("共 3 处改动", result.Summary);
        Assert.Equal(result.Summary, File.ReadAllText(Directory.GetFiles(output, "*-changes.txt").Single()));
    }

    [Fact]
    public void The_marked_pdf_highlights_where_pdftotext_reads_the_new_words()
    {
        var output = Temp();
        var result = ProofDiff.Run(_rounds.First, _rounds.Second, output, Language.Chinese);
        var pdf = result.Written.Single(f => f.EndsWith("-changes.pdf", StringComparison.Ordinal));
        var changed = result.Changes.Single(c => c.Kind == ChangeKind.Changed);

        // Every annotation is ours: one per marked area, with the old text as its note.
        var annotations = Annotations(pdf);
        Assert.Equal(result.Changes.Sum(c => c.Areas.Count), annotations.Count(a => a.Author == "GazettePress"));
        var highlight = Assert.Single(annotations, a => a.Subtype == "Highlight" && a.Contents == "改：原为“贯彻执行”");
        Assert.Equal(changed.Page, highlight.Page);

        // Independently: where does pdftotext put 组织实施 on that page? Inside the highlight.
        var words = BuildFixture.Tool("pdftotext", "-bbox", "-f", highlight.Page.ToString(), "-l", highlight.Page.ToString(), pdf, "-");
        var box = WordBox(words, "组织实施");
        var (left, bottom, right, top) = highlight.Rect;
        var pageHeight = 841.89;
        Assert.InRange(box.XMin, left - 3, right);
        Assert.InRange(box.XMax, left, right + 3);
        Assert.InRange(pageHeight - box.YMax, bottom - 4, top);
    }

    [Fact]
    public void Identical_rounds_differ_in_nothing()
    {
        var result = ProofDiff.Run(_rounds.First, _rounds.First, Temp(), Language.English);

        Assert.Empty(result.Changes);
        Assert.Contains("the text of the two proof rounds is the same", result.Summary);
    }

    [Fact]
    public void The_old_round_may_be_its_pdf_when_its_build_json_is_beside_it()
    {
        var pdf = Directory.GetFiles(_rounds.First, "*.pdf").Single(f => !f.EndsWith("-print.pdf", StringComparison.Ordinal));
        Assert.Equal(3, ProofDiff.Run(pdf, _rounds.Second, Temp(), Language.Chinese).Changes.Count);

        // Another PDF than the one build.json recorded: refused, not compared against the wrong record.
        var copy = Temp();
        var stranger = Path.Combine(copy, Path.GetFileName(pdf));
        File.Copy(Directory.GetFiles(_rounds.Second, "*.pdf").Single(f => f == Path.Combine(_rounds.Second, Path.GetFileName(pdf))), stranger);
        File.Copy(Path.Combine(_rounds.First, BuildPipeline.ReportFile), Path.Combine(copy, BuildPipeline.ReportFile));
        var error = Assert.Single(ProofDiff.Run(stranger, _rounds.Second, Temp(), Language.Chinese).Diagnostics);
        Assert.Equal("GP8512", error.Code);

        // A PDF without its build.json.
        var alone = Path.Combine(Temp(), "old.pdf");
        File.Copy(pdf, alone);
        Assert.Equal("GP8511", Assert.Single(ProofDiff.Run(alone, _rounds.Second, Temp(), Language.Chinese).Diagnostics).Code);
    }

    private static string Temp()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gp-diff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private sealed record Annotation(int Page, string Subtype, string? Contents, string? Author, (double Left, double Bottom, double Right, double Top) Rect);

    /// <summary>Every annotation of the file, read back with qpdf (not with our own PDF reader).</summary>
    private static List<Annotation> Annotations(string pdf)
    {
        using var json = JsonDocument.Parse(BuildFixture.Tool("qpdf", "--json", "--json-key=pages", "--json-key=qpdf", pdf));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var result = new List<Annotation>();
        var pageNumber = 0;
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            pageNumber++;
            var pageObject = objects.GetProperty("obj:" + page.GetProperty("object").GetString()).GetProperty("value");
            if (!pageObject.TryGetProperty("/Annots", out var annots)) continue;
            if (annots.ValueKind == JsonValueKind.String) annots = objects.GetProperty("obj:" + annots.GetString()).GetProperty("value");
            foreach (var reference in annots.EnumerateArray())
            {
                var value = objects.GetProperty("obj:" + reference.GetString()).GetProperty("value");
                var subtype = value.GetProperty("/Subtype").GetString()!.TrimStart('/');
                string? Text(string key) => value.TryGetProperty(key, out var t) ? t.GetString()![2..] : null;
                var r = value.GetProperty("/Rect").EnumerateArray().Select(x => x.GetDouble()).ToArray();
                result.Add(new Annotation(pageNumber, subtype, Text("/Contents"), Text("/T"), (r[0], r[1], r[2], r[3])));
            }
        }
        return result;
    }

    /// <summary>
    /// The box of a text in pdftotext -bbox output. Poppler gives runs of CJK text as one "word": the
    /// part of the word that is the text, spread by character widths (wide characters one em, others half).
    /// </summary>
    private static (double XMin, double YMin, double XMax, double YMax) WordBox(string html, string text)
    {
        var word = System.Text.RegularExpressions.Regex.Matches(html, "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>")
            .Select(m => (X0: double.Parse(m.Groups[1].Value), Y0: double.Parse(m.Groups[2].Value), X1: double.Parse(m.Groups[3].Value), Y1: double.Parse(m.Groups[4].Value), Text: m.Groups[5].Value))
            .FirstOrDefault(w => w.Text.Contains(text, StringComparison.Ordinal));
        Assert.True(word.Text is not null, $"pdftotext does not read '{text}' on the page");
        double Weight(char c) => c >= 0x2E80 ? 1.0 : 0.55;
        var at = word.Text.IndexOf(text, StringComparison.Ordinal);
        var total = word.Text.Sum(Weight);
        var before = word.Text[..at].Sum(Weight);
        var inside = text.Sum(Weight);
        var scale = (word.X1 - word.X0) / total;
        return (word.X0 + before * scale, word.Y0, word.X0 + (before + inside) * scale, word.Y1);
    }
}
