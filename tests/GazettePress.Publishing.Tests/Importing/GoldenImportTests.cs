using GazettePress.Diagnostics;
using GazettePress.Importing;

namespace GazettePress.Publishing.Tests.Importing;

/// <summary>
/// The imports of the three corpus issues, kept as files in tests/data/import-golden/&lt;corpus&gt;/
/// (issue folder + review.md, review in Chinese as editors read it), so that any change in the
/// importer shows as a readable diff. Regenerate them on purpose with
/// <c>GAZETTEPRESS_UPDATE_GOLDEN=1 dotnet test --filter GoldenImportTests</c> and review the diff.
/// </summary>
public sealed class GoldenImportTests
{
    public const string UpdateVariable = "GAZETTEPRESS_UPDATE_GOLDEN";

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    public void Import_of_corpus_issue_equals_its_golden_folder(string corpus)
    {
        var result = IssueImporter.Import(File.ReadAllText(TestFiles.Corpus(corpus)), Path.GetFileName(TestFiles.Corpus(corpus)),
            new ImportOptions { Language = Language.Chinese });
        Assert.True(result.Succeeded);
        var golden = Path.Combine(TestFiles.RepositoryRoot, "tests", "data", "import-golden", corpus);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            if (Directory.Exists(golden)) Directory.Delete(golden, recursive: true);
            foreach (var (path, text) in result.Files)
            {
                var file = Path.Combine(golden, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }
        }
        var expected = Directory.GetFiles(golden, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(golden, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, result.Files.Keys.Order(StringComparer.Ordinal).ToArray());
        foreach (var (path, text) in result.Files)
            Assert.True(File.ReadAllText(Path.Combine(golden, path)) == text,
                $"{path} differs from tests/data/import-golden/{corpus}/{path}; if the change is intended, regenerate with {UpdateVariable}=1 and review the diff");
    }
}
