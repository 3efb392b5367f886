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
public abstract class DegradationTests
{
    private const int SeedsPerKind = 5;
    private const int Combined = 40;

    private static readonly string[] Corpora = ["000", "001", "003"];
    private static readonly Dictionary<string, string> Texts = Corpora.ToDictionary(c => c, c => File.ReadAllText(TestFiles.Corpus(c)));
    private static readonly Dictionary<string, string[]> CleanNumbers = Corpora.ToDictionary(c => c, c => DocNumbers(TestFiles.Import(Texts[c], c)));

    public static TheoryData<string, string, int> Variants() => VariantsOf(Corpora);

    /// <summary>The variants of some corpus issues; one test class per issue lets the runner use both cores.</summary>
    public static TheoryData<string, string, int> VariantsOf(params string[] corpora)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var corpus in corpora)
        {
            foreach (var kind in Enum.GetValues<Damage>())
                for (var seed = 1; seed <= SeedsPerKind; seed++)
                    data.Add(corpus, kind.ToString(), seed);
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
    }

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

    [Fact]
    public void The_generator_is_reproducible_and_each_kind_changes_the_text_() => GeneratorChecks();

    private static void GeneratorChecks()
    {
        foreach (var kind in Enum.GetValues<Damage>())
        {
            var a = DamageGenerator.Apply(Texts["000"], [kind], 5);
            Assert.Equal(a, DamageGenerator.Apply(Texts["000"], [kind], 5));
            Assert.True(Corpora.Any(c => DamageGenerator.Apply(Texts[c], [kind], 5) != Texts[c]), $"{kind} changed none of the corpus issues");
        }
        Assert.True(Variants().Count() >= 300);
    }

    private static string[] DocNumbers(ImportResult result) =>
        result.Files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal))
            .Select(f => Regex.Match(f.Value, @"^doc_number: (.+)$", RegexOptions.Multiline).Groups[1].Value)
            .Where(n => n.Length > 0).ToArray();
}

public sealed class DegradationOf000 : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("000");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

public sealed class DegradationOf001 : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("001");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}

public sealed class DegradationOf003 : DegradationTests
{
    public static TheoryData<string, string, int> Cases => VariantsOf("003");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_variant_imports_without_losing_a_doc_number(string corpus, string damage, int seed) => Check(corpus, damage, seed);
}
