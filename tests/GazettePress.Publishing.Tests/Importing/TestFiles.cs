namespace GazettePress.Publishing.Tests.Importing;

/// <summary>Finds the repository root (the folder holding GazettePress.sln) and the test corpus in it.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GazettePress.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("GazettePress.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Corpus(string prefix) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "tests", "data", "corpus"), prefix + "_*.txt").Single();

    /// <summary>Imports with the review list in English, the language the tests read.</summary>
    public static GazettePress.Importing.ImportResult Import(string text, string sourceName) =>
        GazettePress.Importing.IssueImporter.Import(text, sourceName, new GazettePress.Importing.ImportOptions { Language = GazettePress.Diagnostics.Language.English });

    /// <summary>A document's Markdown without its review: list (the open questions the editor deletes).</summary>
    public static string WithoutReview(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"^review:\n(?:  - .*\n)*", "", System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>The loader's diagnostics other than the open review notes (GP1050) an import leaves on purpose.</summary>
    public static IEnumerable<string> NotReviewNotes(GazettePress.Content.Loading.IssueLoadResult result) =>
        result.Diagnostics.Where(d => d.Code is not ("GP1050" or "GP1105")).Select(d => d.ToString()); // review notes and unfilled QR placeholders warn until done

    /// <summary>A fresh empty temporary folder for one test.</summary>
    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "gp-import-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
