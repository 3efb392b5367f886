using Xunit.Abstractions;

namespace GazettePress.Publishing.Tests.Composition;

/// <summary>
/// The page rules of issue 11, measured on the composed pages of every sample issue: line grid shared
/// by both columns, flush column feet, no heading at a column end, no near-empty pages but a
/// document's last, signature geometry of GB/T 9704.
/// </summary>
public sealed class PageQualityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Samples => new() { "jincheng-2025-06", "jincheng-2023-02", "jincheng-2025-01" };

    private static readonly Dictionary<string, PageQuality> Measured = new();

    private static PageQuality Quality(string sample)
    {
        lock (Measured)
        {
            if (!Measured.TryGetValue(sample, out var quality))
                Measured[sample] = quality = PageQuality.Measure(PageQuality.Compose(Path.Combine(TestIssues.RepoRoot, "samples", sample)));
            return quality;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Both_columns_share_the_line_grid(string sample)
    {
        var q = Quality(sample);
        output.WriteLine(q.ToString());
        // Lines opposite a heading's space, a title or a figure have no partner line; everything on a grid line does.
        Assert.True(q.SharedRatio >= 0.94, q.ToString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Columns_end_on_the_last_grid_line_except_a_documents_last(string sample)
    {
        // Flush wherever a looser or tighter setting of up to five paragraphs (or a heading's space) allows it; the
        // 2023-02 sample keeps three columns (four lines) short, next to blocks that must stay whole.
        var q = Quality(sample);
        Assert.True(q.ColumnsShort <= 3 && q.LinesShort <= 4, q.ToString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_column_ends_with_a_heading(string sample) =>
        Assert.Equal(0, Quality(sample).ColumnsEndingWithHeading);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Only_a_documents_last_page_may_be_less_than_a_third_full(string sample)
    {
        var issue = Quality(sample);
        var composed = PageQuality.Compose(Path.Combine(TestIssues.RepoRoot, "samples", sample));
        var lastPages = composed.Documents.Select(d => d.LastPage).ToHashSet();
        Assert.All(issue.UnderThirdFull, p => Assert.Contains(p.Page, lastPages));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_documents_last_page_is_balanced_unless_a_block_kept_whole_prevents_it(string sample)
    {
        // Columns within one line; a last page whose only content is a kept block (consultation and QR
        // code) beside two lines can differ by three.
        var q = Quality(sample);
        Assert.All(q.UnbalancedLastPages, p => Assert.True(p.Difference <= 3, q.ToString()));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Signatures_follow_gb_t_9704(string sample)
    {
        var q = Quality(sample);
        Assert.All(q.Signatures, s =>
        {
            // The date ends four characters from the right edge.
            Assert.InRange(s.DateRightGapEm, 3.95, 4.05);
            Assert.All(s.IssuerCentreOffsetsPt, o => Assert.InRange(o, -1, 1));
        });
    }
}

/// <summary>The same page rules on generated issues, so they are not tuned to the samples.</summary>
public sealed class GeneratedPageQualityTests(ITestOutputHelper output)
{
    private static GazettePress.Publishing.Templates.IssueModel Generated(int seed)
    {
        var random = new Random(seed);
        var model = TestIssues.Small(documents: 6, paragraphsPerDocument: 1);
        var documents = model.Documents.ToList();
        for (var d = 0; d < documents.Count; d++)
        {
            var body = new System.Text.StringBuilder("<h1 class=\"attached-title\" id=\"rules\">测试方案</h1>\n");
            var paragraphs = random.Next(5, 80);
            for (var p = 0; p < paragraphs; p++)
            {
                if (random.Next(8) == 0) body.Append($"<h2 class=\"chapter\" id=\"h-{p}\">第{p + 1}章　总　则</h2>\n");
                else if (random.Next(6) == 0) body.Append($"<h3 id=\"k-{p}\">（{p + 1}）工作要求</h3>\n");
                body.Append(TestIssues.Paragraphs(1, random.Next(8, 400), seed: "为规范和加强我市基干民兵优待和权益保障工作，增强归属感、自豪感、获得感，根据有关规定，结合实际").Replace("b-1", $"b-{p + 1}"));
            }
            var attachments = Enumerable.Range(1, random.Next(0, 12))
                .Select(i => new GazettePress.Publishing.Templates.AttachmentModel { Number = i, Title = "晋城市大面积停电事件应急指挥机构职责" + new string('表', random.Next(0, 20)), OnlineOnly = random.Next(2) == 0 })
                .ToList();
            documents[d] = new GazettePress.Publishing.Templates.DocumentModel
            {
                Id = documents[d].Id, Kind = documents[d].Kind, TitleLines = documents[d].TitleLines, DocNumber = documents[d].DocNumber,
                Addressee = documents[d].Addressee, NoticeHtml = documents[d].NoticeHtml, Issuers = documents[d].Issuers, Date = documents[d].Date,
                Publicity = documents[d].Publicity, AttachedHtml = body.ToString(), Attachments = attachments,
                Consultation = documents[d].Consultation, Qr = documents[d].Qr, SourcePath = documents[d].SourcePath,
            };
        }
        return new GazettePress.Publishing.Templates.IssueModel
        {
            Gazette = model.Gazette, Year = model.Year, Number = model.Number, Cumulative = model.Cumulative, Published = model.Published,
            PublishedDate = model.PublishedDate, Intro = model.Intro, Colophon = model.Colophon, Cover = model.Cover, BackCover = model.BackCover,
            Name = model.Name, IssueDirectory = model.IssueDirectory,
            Sections = [new GazettePress.Publishing.Templates.SectionModel { Title = "市政府办公室文件", Documents = documents }],
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_issues_keep_the_page_rules(int seed)
    {
        var diagnostics = new GazettePress.Diagnostics.DiagnosticBag();
        var templates = GazettePress.Publishing.Templates.TemplateSet.Load(TestIssues.TemplatesDirectory, diagnostics)!;
        var issue = new GazettePress.Publishing.Composition.IssueComposer(templates, TestEngine.NewLayouter()).Compose(Generated(seed), diagnostics)!;
        var q = PageQuality.Measure(issue);
        output.WriteLine(q.ToString());
        Assert.Equal(0, q.ColumnsEndingWithHeading);
        // Generated documents have a chapter heading every eight paragraphs, each with its blank lines.
        Assert.True(q.SharedRatio >= 0.93, q.ToString());
        Assert.True(q.LinesShort <= 4, q.ToString());
        var lastPages = issue.Documents.Select(d => d.LastPage).ToHashSet();
        Assert.All(q.UnderThirdFull, p => Assert.Contains(p.Page, lastPages));
        Assert.All(q.Signatures, s => Assert.InRange(s.DateRightGapEm, 3.95, 4.05));
    }
}
