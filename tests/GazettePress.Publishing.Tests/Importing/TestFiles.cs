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

    /// <summary>A fresh empty temporary folder for one test.</summary>
    public static string TempDir()
    {
        var path = Path.Combine(Path.GetTempPath(), "gp-import-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
