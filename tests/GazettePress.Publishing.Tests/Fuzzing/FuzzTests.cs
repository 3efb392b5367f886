using System.Text;
using GazettePress.Content.Loading;
using GazettePress.Diagnostics;
using GazettePress.Layout.Fonts;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Print;
using GazettePress.Publishing.Tests.Composition;
using GazettePress.Publishing.Tests.Hardening;
using Xunit.Abstractions;

namespace GazettePress.Publishing.Tests.Fuzzing;

/// <summary>
/// Seeded mutation fuzzing with a fixed budget. Issue folders (the samples and the test issue,
/// damaged by <see cref="IssueMutator"/>): check never throws, stays within a memory bound, names a
/// file for every error, and every mutated issue that check passes builds (with the post-build
/// invariant). Print PDFs (damaged by <see cref="PdfMutator"/>): preflight never throws. A longer
/// run: GAZETTEPRESS_FUZZ_CASES, GAZETTEPRESS_FUZZ_PDF_CASES and GAZETTEPRESS_FUZZ_SEED (see
/// docs/hardening.md). Each failure found becomes a regression test in Hardening/.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const long MaxCheckAllocation = 400L << 20;

    private static readonly string[] Bases =
        ["tests/data/issues/mini-2025-06", "samples/jincheng-2025-06", "samples/jincheng-2023-02", "samples/jincheng-2025-01"];

    private static readonly Lazy<FontRegistry> Fonts = new(() =>
        FontRegistry.LoadDirectory(Path.Combine(TestIssues.RepoRoot, "fonts")));

    static FuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value >= 0 ? value : fallback;

    private sealed class Coverage(FontRegistry fonts) : ICharacterCoverage
    {
        public bool CanDraw(int codePoint) => fonts.CanDraw(codePoint);
    }

    [Fact]
    public void Mutated_issues_never_crash_check_and_what_check_passes_builds()
    {
        var cases = Setting("GAZETTEPRESS_FUZZ_CASES", 160);
        var seed = Setting("GAZETTEPRESS_FUZZ_SEED", 20251228);
        // A build costs about twenty checks: build every mutated test issue that check passes (the
        // agreement), and every 16th case whatever check said (a build must not throw either).
        const int buildEvery = 16;
        var failures = new List<string>();
        int clean = 0, rejected = 0, builds = 0, built = 0;
        var coverage = new Coverage(Fonts.Value);
        for (var i = 0; i < cases; i++)
        {
            var caseSeed = seed + i;
            using var issue = new IssueCopy(Bases[i % 2 == 0 ? 0 : 1 + i / 2 % (Bases.Length - 1)]);
            var small = i % 2 == 0;
            string what;
            try
            {
                what = IssueMutator.Mutate(issue.Directory, caseSeed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the mutator could not apply this damage here (e.g. a file it deleted)
            }
            var label = $"seed {caseSeed} ({Path.GetFileName(issue.Directory)}: {what})";
            IssueLoadResult check;
            try
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                check = IssueLoader.Load(issue.Directory, coverage);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > MaxCheckAllocation) failures.Add($"{label}: check allocated {allocated >> 20} MB");
            }
            catch (Exception e)
            {
                failures.Add($"{label}: check threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            var errors = check.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            foreach (var unlocated in errors.Where(d => d.Location.File.Length == 0))
                failures.Add($"{label}: error without a file: {unlocated.Format(Language.English)}");
            if (errors.Count == 0) clean++;
            else rejected++;
            if (!(small && errors.Count == 0) && i % buildEvery != 0) continue;
            builds++;
            try
            {
                var result = BuildPipeline.Run(new BuildOptions(issue.Directory, Path.Combine(issue.Root, "out"),
                    TestIssues.TemplatesDirectory, Path.Combine(TestIssues.RepoRoot, "fonts")), write: false);
                if (result.ExitCode == 0) built++;
                else if (errors.Count == 0)
                    failures.Add($"{label}: check passed but build failed: " +
                        string.Join(" | ", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format(Language.English))));
            }
            catch (Exception e)
            {
                failures.Add($"{label}: build threw {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine($"{cases} mutated issues (seed {seed}): check clean {clean}, check rejected {rejected}; {builds} built: {built} ok, " +
                         $"{failures.Count} failure(s)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Mutated_print_pdfs_never_make_preflight_throw()
    {
        var cases = Setting("GAZETTEPRESS_FUZZ_PDF_CASES", 60);
        var seed = Setting("GAZETTEPRESS_FUZZ_SEED", 20251228);
        var good = Print.PrintPdfMakerTests.Result.Value.Bytes;
        var variants = new List<byte[]> { good };
        var input = Pdf.Tools.TempFile(good, "fuzz-base.pdf");
        foreach (var (flag, name) in new[] { ("--object-streams=generate", "objstm"), ("--qdf", "qdf") })
        {
            var path = $"{input}.{name}.pdf";
            var (exit, text) = Pdf.Tools.Run("qpdf", flag, "--object-streams=" + (name == "qdf" ? "disable" : "generate"), input, path);
            Assert.True(exit is 0 or 3, text); // 3: qpdf warnings
            variants.Add(File.ReadAllBytes(path));
        }
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cases; i++)
        {
            var caseSeed = seed + i;
            var (pdf, what) = PdfMutator.Mutate(variants[i % variants.Count], caseSeed);
            try
            {
                var report = Preflight.Check(pdf);
                var outcome = report.Checks.Any(c => c.Name == Preflight.Syntax && !c.Passed) ? "unreadable" : report.Passed ? "pass" : "fail";
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (report.Checks.Count == 0) failures.Add($"seed {caseSeed} ({what}): an empty report");
            }
            catch (Exception e)
            {
                failures.Add($"seed {caseSeed} ({what}, variant {i % variants.Count}): {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine($"{cases} mutated print PDFs (seed {seed}): {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}; {failures.Count} failure(s)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
