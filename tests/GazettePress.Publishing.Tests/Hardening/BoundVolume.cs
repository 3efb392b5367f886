using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Publishing.Tests.Composition;

namespace GazettePress.Publishing.Tests.Hardening;

/// <summary>
/// A 合订本-sized issue made from the samples: <c>copies</c> times every document of every sample
/// (29 documents, 150 pages per copy), each copy of each sample a section, ids made unique
/// (v01-2506-01-jszf-2025-11), links between documents pointed at the copies. 10 copies give 290
/// documents and about 1,400 pages, a year's bound volume.
/// </summary>
internal static class BoundVolume
{
    public static readonly string[] Samples = ["samples/jincheng-2025-06", "samples/jincheng-2023-02", "samples/jincheng-2025-01"];

    /// <summary>
    /// Writes the issue folder <paramref name="directory"/>; returns its document ids in TOC order.
    /// <paramref name="samples"/> (repository-relative folders) replaces <see cref="Samples"/>, e.g. one sample
    /// for bench/ (the 2025年第6期 sample 10 times is issue 12's 10× issue).
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, int copies, IReadOnlyList<string>? samples = null)
    {
        Directory.CreateDirectory(Path.Combine(directory, "docs"));
        var sections = new StringBuilder();
        var ids = new List<string>();
        samples ??= Samples;
        var first = Path.Combine(TestIssues.RepoRoot, samples[0], "issue.yaml");
        var header = File.ReadAllText(first);
        header = header[..header.IndexOf("\nsections:", StringComparison.Ordinal)] + "\n";
        for (var copy = 1; copy <= copies; copy++)
        {
            foreach (var sample in samples)
            {
                var folder = Path.Combine(TestIssues.RepoRoot, sample);
                var loaded = IssueLoader.Load(folder);
                var issue = loaded.Issue ?? throw new InvalidOperationException($"{sample} does not load");
                var tag = $"v{copy:00}-{issue.Year % 100:00}{issue.Number:00}";
                var rename = issue.Documents.ToDictionary(d => d.Id, d => $"{tag}-{d.Id}", StringComparer.Ordinal);
                foreach (var section in issue.Sections)
                {
                    sections.Append($"  - title: 第{copy}卷·{issue.Year}年第{issue.Number}期·{section.Title}\n    documents:\n");
                    foreach (var document in section.Documents)
                    {
                        var text = File.ReadAllText(Path.Combine(folder, "docs", document.Id + ".md"));
                        foreach (var (from, to) in rename) text = text.Replace($"]({from}#", $"]({to}#", StringComparison.Ordinal);
                        File.WriteAllText(Path.Combine(directory, "docs", rename[document.Id] + ".md"), text, new UTF8Encoding(false));
                        sections.Append($"      - {rename[document.Id]}\n");
                        ids.Add(rename[document.Id]);
                    }
                }
            }
        }
        var tail = File.ReadAllText(first);
        var colophon = tail.IndexOf("\ncolophon:", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "issue.yaml"), header + "sections:\n" + sections + (colophon < 0 ? "" : tail[(colophon + 1)..]), new UTF8Encoding(false));
        return ids;
    }
}
