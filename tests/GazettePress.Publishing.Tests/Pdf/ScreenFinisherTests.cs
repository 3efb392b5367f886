using GazettePress.Publishing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace GazettePress.Publishing.Tests.Pdf;

public sealed class ScreenFinisherTests
{
    private static readonly Lazy<byte[]> Skia = new(() => SamplePdf.Make());

    private static ScreenPdfOptions Options() => new()
    {
        Metadata = new DocumentMetadata
        {
            Title = "晋城市人民政府公报 2025年第6期",
            Author = "晋城市人民政府办公室",
            Subject = "政府公报",
            Date = new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.FromHours(8)),
        },
        Outline =
        [
            OutlineEntry.ToPage("【市政府文件】", 0,
                OutlineEntry.ToDestination("关于印发实施细则的通知", "doc-1"),
                new OutlineEntry { Title = "第二篇", PageIndex = 1, TopPt = 100 }),
            OutlineEntry.ToPage("【市政府办公室文件】", 4,
                OutlineEntry.ToDestination("第四篇", "doc-4")),
        ],
    };

    [Fact]
    public void Output_passes_qpdf_check()
    {
        var path = Tools.TempFile(PdfFinisher.FinishScreen(Skia.Value, Options()), "screen.pdf");
        var (code, output) = Tools.Run("qpdf", "--check", path);
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Outline_has_sections_and_documents_in_order()
    {
        using var document = PdfDocument.Open(PdfFinisher.FinishScreen(Skia.Value, Options()));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots;
        Assert.Equal(["【市政府文件】", "【市政府办公室文件】"], roots.Select(r => r.Title));
        Assert.Equal(["关于印发实施细则的通知", "第二篇"], roots[0].Children.Select(c => c.Title));
        var named = Assert.IsType<DocumentBookmarkNode>(roots[0].Children[0]);
        Assert.Equal(1, named.PageNumber);
        var second = Assert.IsType<DocumentBookmarkNode>(roots[0].Children[1]);
        Assert.Equal(2, second.PageNumber);
        var last = Assert.IsType<DocumentBookmarkNode>(roots[1].Children[0]);
        Assert.Equal(5, last.PageNumber);
    }

    [Fact]
    public void Catalog_has_language_page_mode_and_title_display()
    {
        var path = Tools.TempFile(PdfFinisher.FinishScreen(Skia.Value, Options()), "screen.pdf");
        var (code, json) = Tools.Run("qpdf", "--json", "--json-key=qpdf", path);
        Assert.Equal(0, code);
        Assert.Contains("\"/Lang\": \"u:zh-CN\"", json);
        Assert.Contains("\"/PageMode\": \"/UseOutlines\"", json);
        Assert.Contains("\"/DisplayDocTitle\": true", json);
        var (_, info) = Tools.Run("pdfinfo", "-isodates", path);
        Assert.Contains("晋城市人民政府公报 2025年第6期", info);
        Assert.Contains("晋城市人民政府办公室", info);
        Assert.Matches(@"CreationDate:\s+2025-12-28T00:00:00\+08", info);
    }

    [Fact]
    public void Links_and_named_destinations_from_skia_survive()
    {
        using var document = PdfDocument.Open(PdfFinisher.FinishScreen(Skia.Value, Options()));
        var annotations = document.GetPage(1).GetAnnotations().ToList();
        Assert.Equal(2, annotations.Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link));
        var path = Tools.TempFile(PdfFinisher.FinishScreen(Skia.Value, Options()), "screen.pdf");
        var (_, json) = Tools.Run("qpdf", "--json", "--json-key=qpdf", path);
        Assert.Contains("\"/URI\": \"u:http://www.jcgov.gov.cn/\"", json);
        Assert.Contains("\"/Dest\": \"/doc-1\"", json);
        Assert.Contains("\"/doc-1\": [", json);
    }

    [Fact]
    public void Page_size_option_restores_exact_a4_from_skias_rounded_page()
    {
        var (_, rounded) = Tools.Run("pdfinfo", Tools.TempFile(PdfFinisher.FinishScreen(Skia.Value, Options()), "screen.pdf"));
        Assert.Contains("Page size:       595 x 842 pts", rounded);
        var exact = PdfFinisher.FinishScreen(Skia.Value, Options() with { PageSize = PageSizePt.A4 });
        var (_, info) = Tools.Run("pdfinfo", Tools.TempFile(exact, "screen.pdf"));
        Assert.Contains("Page size:       595.276 x 841.89 pts (A4)", info);
    }

    [Fact]
    public void Same_input_gives_identical_bytes_and_input_is_untouched()
    {
        var input = Skia.Value;
        var before = input.ToArray();
        var first = PdfFinisher.FinishScreen(input, Options());
        var second = PdfFinisher.FinishScreen(input, Options());
        Assert.Equal(first, second);
        Assert.Equal(before, input);
    }

    [Fact]
    public void Unknown_destination_is_refused_with_its_name()
    {
        var options = Options() with { Outline = [OutlineEntry.ToDestination("x", "no-such-anchor")] };
        var error = Assert.Throws<ArgumentException>(() => PdfFinisher.FinishScreen(Skia.Value, options));
        Assert.Contains("no-such-anchor", error.Message);
    }
}
