using System.Text.RegularExpressions;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing.Invariants;

/// <summary>
/// The invariants of issue 9 on editions the importer was not built from: each corpus issue re-issued
/// as a district or county edition (other names, issuers, 文号 codes, section names, quarterly), and
/// each of those and the three district gazettes as text saved from the government website (page
/// details before titles or after 文号, names stacked under labels). The web variant must import to
/// the same documents as its clean edition — same count, 文号, titles, dates, and the same words in
/// every document — with each block of page details on the review list, and no source line lost.
/// </summary>
public sealed class EditionVariantTests
{
    private static readonly string[] Sources = ["000", "001", "003", "chengqu-2024-1.txt", "qingshan-2024-2.txt", "hecheng-2024-5.txt"];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var source in Sources)
            for (var seed = 1; seed <= 4; seed++) data.Add(source, seed);
        return data;
    }

    private static string Load(string source) => source.EndsWith(".txt", StringComparison.Ordinal)
        ? File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "import-district", source))
        : File.ReadAllText(TestFiles.Corpus(source));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Web_saved_district_edition_keeps_every_document_and_lists_the_page_details(string source, int seed)
    {
        var text = Load(source);
        var edition = source.EndsWith(".txt", StringComparison.Ordinal) ? text : EditionVariants.District(text, seed);
        var clean = TestFiles.Import(edition, "edition.txt");
        Assert.True(clean.Succeeded, string.Join("\n", clean.Errors));
        Assert.Empty(SourceCoverage.Lost(edition, clean));

        var (web, blocks) = EditionVariants.WithPageDetails(edition, seed);
        var (variantText, stacked) = EditionVariants.WithStackedNames(web);
        var variant = TestFiles.Import(variantText, "web.txt");
        // On failure the variant is in the temporary folder, to import it by hand.
        var saved = Path.Combine(Path.GetTempPath(), $"gp-edition-{source}-{seed}.txt");
        File.WriteAllText(saved, variantText);

        Assert.True(variant.Succeeded, string.Join("\n", variant.Errors));
        Assert.True(blocks.Count >= 3, $"only {blocks.Count} documents found to put page details before");
        Assert.Equal(clean.DocumentCount, variant.DocumentCount);
        Assert.Equal(clean.MissingTextCount, variant.MissingTextCount);
        var cleanDocs = Documents(clean);
        var variantDocs = Documents(variant);
        Assert.Equal(cleanDocs.Select(d => Field(d, "doc_number")), variantDocs.Select(d => Field(d, "doc_number")));
        Assert.Equal(cleanDocs.Select(d => Field(d, "  date")), variantDocs.Select(d => Field(d, "  date")));
        Assert.Equal(cleanDocs.Select(Title), variantDocs.Select(Title));
        // The same words in every document: page details taken out, stacked names joined back.
        for (var i = 0; i < cleanDocs.Count; i++)
            Assert.True(Ideographs(cleanDocs[i]) == Ideographs(variantDocs[i]), $"{saved}: document {i + 1} differs from the clean edition's:\n{cleanDocs[i]}\n----\n{variantDocs[i]}");
        var unlisted = blocks.Where(b => !Regex.IsMatch(variant.Review, "are the web page's details.*: " + Regex.Escape(b))).ToList();
        Assert.True(unlisted.Count == 0, $"{saved}: page details not on the review list: {string.Join(" | ", unlisted)}\n{variant.Review}");
        Assert.Equal(blocks.Count, Regex.Matches(variant.Review, "are the web page's details").Count);
        Assert.DoesNotContain(variantDocs, d => d.Contains("索引号", StringComparison.Ordinal) || d.Contains("浏览次数", StringComparison.Ordinal) || d.Contains("\n发布日期：", StringComparison.Ordinal));
        foreach (var line in stacked)
            Assert.Contains(variantDocs, d => d.Contains(line.Replace(':', '：'), StringComparison.Ordinal));
        var lost = SourceCoverage.Lost(variantText, variant);
        Assert.True(lost.Count == 0, $"{saved}: source lines found nowhere in the import:\n{SourceCoverage.Describe(lost)}");
        File.Delete(saved);
    }

    [Fact]
    public void District_editions_keep_the_district_names_codes_and_quarterly_frequency()
    {
        var edition = EditionVariants.District(Load("000"), 2);
        var result = TestFiles.Import(edition, "edition.txt");
        var yaml = result.Files["issue.yaml"];
        Assert.Contains("  title: 高平市人民政府公报\n", yaml);
        Assert.Contains("  frequency: 季刊\n", yaml);
        Assert.Contains("  - title: 市政府文件\n", yaml);
        Assert.All(Documents(result).Select(d => Field(d, "doc_number")).Where(n => n.Length > 0 && !n.Contains('令')), n => Assert.StartsWith("高", n));
    }

    private static List<string> Documents(ImportResult result) =>
        result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => TestFiles.WithoutReview(f.Value)).ToList();

    private static string Field(string markdown, string key) =>
        Regex.Match(markdown, $@"^{key}: (.+)$", RegexOptions.Multiline).Groups[1].Value;

    private static string Title(string markdown) =>
        string.Concat(Regex.Match(markdown, @"^title:\n((?:  - .*\n)+)", RegexOptions.Multiline).Groups[1].Value.Split('\n').Select(l => l.TrimStart(' ', '-')));

    private static string Ideographs(string s) => new(s.Where(c => c is >= '\u4E00' and <= '\u9FFF').ToArray());
}
