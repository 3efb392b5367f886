using System.Text;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Importing.Decoding;

namespace GazettePress.Publishing.Tests.Importing.Degradation;

/// <summary>
/// Damaged variants of the three corpus issues (each damage kind alone, then several together), from a
/// fixed seed. For every variant: the import succeeds (exit 0), throws nothing, never falls back to
/// keeping a document unparsed, and every 文号 of the clean import is either in a document's front
/// matter or named on the review list. Every third variant goes through the command's file path
/// (decoding, writing) in an empty folder, which must afterwards hold only the input and --out; those
/// are written as UTF-8, UTF-8 with BOM or GB18030 in turn.
/// </summary>
/// <summary>Which variants a test class runs: one damage kind at a time, or several together.</summary>
public enum VariantSet { Single, Combined }

public abstract class DegradationTests
{
    private const int SeedsPerKind = 5;
    private const int Combined = 40;

    protected static readonly string[] Corpora = ["000", "001", "003"];
    protected static readonly Dictionary<string, string> Texts = Corpora.ToDictionary(c => c, c => File.ReadAllText(TestFiles.Corpus(c)));
    private static readonly Dictionary<string, string[]> CleanNumbers = Corpora.ToDictionary(c => c, c => DocNumbers(TestFiles.Import(Texts[c], c)));

    public static IEnumerable<(string Corpus, string Damage, int Seed)> Variants() =>
        Corpora.SelectMany(c => VariantsOf(c, VariantSet.Single).Concat(VariantsOf(c, VariantSet.Combined)))
            .Select(row => ((string)row[0], (string)row[1], (int)row[2]));

    /// <summary>
    /// The variants of one corpus issue, single damage kinds or combined ones. xunit runs the theories
    /// of one class one after the other and different classes in parallel, so six classes of 50–75
    /// variants keep both cores busy to the end of the run.
    /// </summary>
    public static TheoryData<string, string, int> VariantsOf(string corpus, VariantSet set)
    {
        var data = new TheoryData<string, string, int>();
        if (set == VariantSet.Single)
        {
            foreach (var kind in Enum.GetValues<Damage>())
                for (var seed = 1; seed <= SeedsPerKind; seed++)
                    data.Add(corpus, kind.ToString(), seed);
        }
        else
        {
            for (var seed = 1; seed <= Combined; seed++)
                data.Add(corpus, "combined", seed);
        }
        return data;
    }

    /// <summary>The damage kinds of a variant: one, or three to six drawn from the seed.</summary>
    internal static Damage[] Kinds(string name, int seed)
    {
        if (name != "combined") return [Enum.Parse<Damage>(name)];
        var rng = new Random(seed * 7919);
        return Enum.GetValues<Damage>().OrderBy(_ => rng.Next()).Take(rng.Next(3, 7)).ToArray();
    }

    protected static void Check(string corpus, string damage, int seed)
    {
        var text = DamageGenerator.Apply(Texts[corpus], Kinds(damage, seed), seed * 31 + corpus[2]);
        var index = Math.Abs(HashCode.Combine(damage, seed)) % 3;
        ImportResult result;
        if (seed % 3 == 0) result = ThroughFiles(text, index);
        else result = IssueImporter.Import(text, "variant.txt", new ImportOptions { Language = Language.English });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Format(Language.English))));
        Assert.DoesNotContain("could not be parsed", result.Review);
        var numbers = DocNumbers(result);
        var lost = CleanNumbers[corpus].Where(n => !numbers.Contains(n) && !result.Review.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(lost.Count == 0, $"{corpus} {damage} seed {seed}: 文号 neither recovered nor on the review list: {string.Join(", ", lost)}");
        Assert.True(result.DocumentCount >= 1);
        var lostLines = Invariants.SourceCoverage.Lost(text, result);
        Assert.True(lostLines.Count == 0, $"{corpus} {damage} seed {seed}: source lines found nowhere in the import:\n{Invariants.SourceCoverage.Describe(lostLines)}");

        var kinds = Kinds(damage, seed);
        if (kinds.Contains(Damage.KeyValueWrap) && !kinds.Any(k => k is Damage.Duplicated or Damage.HeadingRunIn or Damage.MergedParagraphs or Damage.PageBreaks or Damage.ConverterResidue))
        {
            // Every label–value line is one paragraph again, however its value was broken. (Residue that marks a
            // piece as a heading or a bold run-in is, by design, never joined; the other kinds left out rewrite the same lines.)
            var paragraphs = result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal))
                .SelectMany(f => f.Value.Split("\n\n")).Select(Ideographs).ToList();
            var broken = KeyValueLines[corpus].Where(line => !paragraphs.Any(p => p.Contains(line, StringComparison.Ordinal))).ToList();
            Assert.True(broken.Count == 0, $"{corpus} {damage} seed {seed}: label–value lines not joined back: {string.Join(" | ", broken)}");
            if (damage == nameof(Damage.KeyValueWrap) && text != Texts[corpus]) Assert.Contains("joined into one", result.Review);
        }
    }

    /// <summary>The label–value lines of each clean issue (as ideographs only), which KeyValueWrap breaks.</summary>
    private static readonly Dictionary<string, string[]> KeyValueLines = Corpora.ToDictionary(c => c,
        c => Texts[c].Split('\n').Where(l => DamageGenerator.KeyValueLine().IsMatch(l)).Select(Ideographs).ToArray());

    private static string Ideographs(string s) => new(s.Where(ch => ch is >= '\u4E00' and <= '\u9FFF').ToArray());

    /// <summary>The command's path: bytes in some encoding → decode → import → write; nothing outside --out.</summary>
    private static ImportResult ThroughFiles(string text, int encoding)
    {
        var dir = TestFiles.TempDir();
        try
        {
            var input = Path.Combine(dir, "in.txt");
            byte[] bytes = encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text),
                1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
                _ => TextDecoder.Gb18030.GetBytes(text),
            };
            File.WriteAllBytes(input, bytes);
            var previous = Localization.Current;
            Localization.Current = Language.English;
            ImportResult result;
            try
            {
                result = ImportFile.Run(input, Path.Combine(dir, "out"), force: false);
            }
            finally
            {
                Localization.Current = previous;
            }
            Assert.Equal(["in.txt", "out"], Directory.EnumerateFileSystemEntries(dir).Select(p => Path.GetFileName(p)!).Order().ToArray());
            Assert.Equal(bytes, File.ReadAllBytes(input));
            Assert.True(File.Exists(Path.Combine(dir, "out", "review.md")));
            if (encoding == 2) Assert.Contains("read as GB18030", result.Review);
            return result;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string[] DocNumbers(ImportResult result) =>
        result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal))
            .Select(f => Regex.Match(f.Value, @"^doc_number: (.+)$", RegexOptions.Multiline).Groups[1].Value)
            .Where(n => n.Length > 0).ToArray();
}

/// <summary>Issue 000, each damage kind alone.</summary>
public sealed class DegradationOf000Single : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("000", VariantSet.Single);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>Issue 000, several kinds together.</summary>
public sealed class DegradationOf000Combined : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("000", VariantSet.Combined);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>Issue 001, each damage kind alone.</summary>
public sealed class DegradationOf001Single : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("001", VariantSet.Single);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>Issue 001, several kinds together.</summary>
public sealed class DegradationOf001Combined : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("001", VariantSet.Combined);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>Issue 003, each damage kind alone.</summary>
public sealed class DegradationOf003Single : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("003", VariantSet.Single);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>Issue 003, several kinds together.</summary>
public sealed class DegradationOf003Combined : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("003", VariantSet.Combined);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

/// <summary>The generator itself: reproducible, every kind does some damage, enough variants.</summary>
public sealed class DamageGeneratorTests : DegradationTests
{
    [Fact]
    public void The_generator_is_reproducible_and_each_kind_changes_the_text()
    {
        foreach (var kind in Enum.GetValues<Damage>())
        {
            var a = DamageGenerator.Apply(Texts["000"], [kind], 5);
            Assert.Equal(a, DamageGenerator.Apply(Texts["000"], [kind], 5));
            Assert.True(Corpora.Any(c => DamageGenerator.Apply(Texts[c], [kind], 5) != Texts[c]), $"{kind} changed none of the corpus issues");
        }
        Assert.True(Variants().Count() >= 300);
    }
}
