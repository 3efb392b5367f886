using System.Text;
using GazettePress.Content;
using GazettePress.Content.Loading;
using GazettePress.Content.Rendering;
using GazettePress.Diagnostics;
using GazettePress.Intake;
using GazettePress.Intake.Writing;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Intake;

/// <summary>Temporary files for intake tests, the sample issues loaded once, and the way a document is compared.</summary>
internal static class IntakeTestFiles
{
    private static readonly Lazy<IReadOnlyList<GazetteDocument>> SampleDocuments = new(() =>
        new[] { "jincheng-2025-06", "jincheng-2023-02", "jincheng-2025-01" }
            .SelectMany(name =>
            {
                var result = IssueLoader.Load(Path.Combine(TestIssues.RepoRoot, "samples", name));
                Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
                return result.Issue!.Documents;
            }).ToList());

    public static IReadOnlyList<GazetteDocument> Samples => SampleDocuments.Value;

    public static string TempDirectory(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"gp-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A file written into a fresh temp folder; the folder is deleted by the caller.</summary>
    public static string Write(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Adds one file as a document and loads it back through the loader, as `check` would.</summary>
    public static (GazetteDocument Document, DocumentFiles Files, IssueLoadResult Load) AddAndLoad(string inputPath, string id)
    {
        var (recognised, errors) = DocumentIntake.Recognise(inputPath);
        Assert.True(recognised is not null, string.Join("\n", errors));
        var files = DocumentFileWriter.Write(recognised!, id, inputPath, Language.Chinese);
        var (document, load) = Load(files, id);
        return (document, files, load);
    }

    /// <summary>A hand-written document file (the expected result) loaded like any other.</summary>
    public static GazetteDocument LoadMarkdown(string markdown, string id) =>
        Load(new DocumentFiles(id, markdown, new Dictionary<string, byte[]>(), []), id).Document;

    private static (GazetteDocument Document, IssueLoadResult Load) Load(DocumentFiles files, string id)
    {
        var dir = TempDirectory("load");
        try
        {
            File.WriteAllText(Path.Combine(dir, "issue.yaml"), $"""
                gazette:
                  title: 晋城市人民政府公报
                  sponsor: 晋城市人民政府办公室
                year: 2025
                number: 6
                published: 2025-12-28
                sections:
                  - title: 文件
                    documents: [{id}]
                """, new UTF8Encoding(false));
            Directory.CreateDirectory(Path.Combine(dir, "docs"));
            File.WriteAllText(Path.Combine(dir, "docs", id + ".md"), files.Markdown, new UTF8Encoding(false));
            foreach (var (path, bytes) in files.Images)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
                File.WriteAllBytes(Path.Combine(dir, path), bytes);
            }
            var load = IssueLoader.Load(dir);
            Assert.True(load.Issue is not null && !load.HasErrors, files.Markdown + "\n" + string.Join("\n", load.Diagnostics));
            return (load.Issue!.Documents.Single(), load);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The body as the renderer sees it: one line per block, element, class and text.</summary>
    public static IReadOnlyList<string> BodyBlocks(GazetteDocument document) =>
        BodyXhtmlRenderer.Render(document).Blocks.Select(b => $"{b.Element}.{b.Class}: {b.Text}").ToList();

    /// <summary>Every field an editor checks, one line each, for comparing documents.</summary>
    public static IReadOnlyList<string> Fields(GazetteDocument d) =>
    [
        $"kind: {d.Kind}",
        $"registration: {d.Registration}",
        $"title: {string.Join(" / ", d.TitleLines)}",
        $"doc_number: {d.DocNumber?.Printed}",
        $"addressee: {d.Addressee}",
        $"issuers: {string.Join(" / ", d.Signature?.Issuers ?? [])}",
        $"signer: {d.Signature?.Signer}",
        $"date: {d.Signature?.Date}",
        $"publicity: {d.Publicity}",
        $"attachments: {string.Join(" / ", d.Attachments.Select(a => a.Title + (a.OnlineOnly ? "（见网络版）" : "")))}",
        $"consultation: {string.Join(" / ", d.Consultation.Select(c => c.Label + "：" + c.Value))}",
        $"qr: {d.Qr?.Caption} {d.Qr?.Source.GetType().Name}",
    ];
}
