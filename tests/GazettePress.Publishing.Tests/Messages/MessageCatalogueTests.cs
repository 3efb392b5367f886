using System.Reflection;
using System.Text.RegularExpressions;
using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Tests.Messages;

/// <summary>
/// The message catalogue is whole: every code and text the program declares has Chinese and English
/// with the same placeholders, every entry is used, codes follow one scheme.
/// </summary>
public sealed class MessageCatalogueTests
{
    private static readonly Assembly[] ProductAssemblies =
    [
        typeof(Diagnostic).Assembly,
        typeof(GazettePress.Layout.LayoutMessages).Assembly,
        typeof(GazettePress.Publishing.Build.BuildPipeline).Assembly,
        typeof(GazettePress.Cli.Commands.CommandLine).Assembly,
    ];

    private static IEnumerable<(string Owner, object Id)> DeclaredIds() =>
        ProductAssemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticId) || f.FieldType == typeof(TextId))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", f.GetValue(null)!));

    [Fact]
    public void The_embedded_catalogue_reads_without_problems()
    {
        Assert.Empty(MessageCatalogue.Default.Problems);
        Assert.NotEmpty(MessageCatalogue.Default.Diagnostics);
    }

    [Fact]
    public void Every_declared_code_and_text_has_an_entry()
    {
        var missing = DeclaredIds()
            .Where(x => x.Id is DiagnosticId d ? !MessageCatalogue.Default.Contains(d) : !MessageCatalogue.Default.Contains((TextId)x.Id))
            .Select(x => $"{x.Owner} = {x.Id}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_entry_is_declared_in_code_and_codes_are_declared_once()
    {
        var declared = DeclaredIds().ToList();
        var duplicates = declared.GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(x => x.Owner))).ToList();
        Assert.Empty(duplicates);
        var ids = declared.Select(x => x.Id).ToHashSet();
        var unused = MessageCatalogue.Default.Diagnostics.Select(e => (object)e.Id)
            .Concat(MessageCatalogue.Default.Texts.Where(t => !t.Key.StartsWith("label.", StringComparison.Ordinal) && !t.Key.StartsWith("format.", StringComparison.Ordinal)).Select(t => (object)t))
            .Where(id => !ids.Contains(id))
            .Select(id => id.ToString())
            .ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void Codes_follow_the_scheme_and_live_in_their_stage_file()
    {
        var stageOfFile = new Dictionary<string, char>
        {
            ["content"] = '1', ["templates"] = '2', ["layout"] = '3', ["print"] = '4', ["epub"] = '5',
            ["import"] = '6', ["add"] = '7', ["cli"] = '8', ["internal"] = '9',
        };
        foreach (var entry in MessageCatalogue.Default.Diagnostics)
        {
            Assert.Matches(@"^GP[1-9]\d{3}$", entry.Id.Code);
            var file = Regex.Match(entry.Source, @"catalogue/(\w+)(-[\w-]+)?\.ini").Groups[1].Value;
            Assert.True(stageOfFile.TryGetValue(file, out var digit), $"{entry.Source}: codes belong in one of {string.Join(", ", stageOfFile.Keys)}.ini (or <stage>-<part>.ini)");
            Assert.True(entry.Id.Code[2] == digit, $"{entry.Id} is in {file}.ini, whose codes are GP{digit}xxx");
        }
    }

    [Fact]
    public void Chinese_texts_use_full_width_punctuation_around_Chinese()
    {
        foreach (var entry in MessageCatalogue.Default.Diagnostics)
            foreach (var text in new[] { entry.Messages[Language.Chinese], entry.Hints.GetValueOrDefault(Language.Chinese) ?? "" })
                Assert.False(Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}[,;:?!]|[,;:?!]\p{IsCJKUnifiedIdeographs}"),
                    $"{entry.Id}: ASCII punctuation next to Chinese in \"{text}\"");
    }

    [Fact]
    public void A_problem_in_a_catalogue_file_is_reported_with_its_line()
    {
        var catalogue = MessageCatalogue.Parse(("bad.ini", """
            [GP0000]
            severity = fatal
            who = editor
            zh = 出错：{detail}
            en = wrong: {other}

            [some.text]
            zh = 只有中文
            """));
        Assert.Contains(catalogue.Problems, p => p.StartsWith("bad.ini:1: [GP0000]") && p.Contains("severity"));
        Assert.Contains(catalogue.Problems, p => p.StartsWith("bad.ini:1: [GP0000]") && p.Contains("placeholders differ"));
        Assert.Contains(catalogue.Problems, p => p.StartsWith("bad.ini:7: [some.text]") && p.Contains("both 'zh' and 'en'"));
    }

    [Fact]
    public void A_diagnostic_renders_in_both_languages_with_who_can_fix_it()
    {
        var d = Diagnostic.Create(GazettePress.Layout.LayoutMessages.GlyphMissing, new SourceLocation("docs/a.md", 3, 5),
            ("char", "丁"), ("codepoint", "4E01"), ("chain", "Noto Serif SC"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(Fixer.Editor, d.Fixer);
        var zh = d.Format(Language.Chinese);
        var en = d.Format(Language.English);
        Assert.StartsWith("docs/a.md:3:5: 错误 GP3010【编辑可改】：字符“丁”（U+4E01）", zh);
        Assert.Contains("\n    提示：", zh);
        Assert.StartsWith("docs/a.md:3:5: error GP3010 [editor]: character '丁' (U+4E01)", en);
        Assert.Contains("\n    hint: ", en);
    }

    /// <summary>
    /// Every entry renders in both languages with any arguments: no placeholder left unfilled, a Chinese
    /// text that is Chinese, every diagnostic with who can fix it, and a hint for every error an editor
    /// can fix (what to type).
    /// </summary>
    [Fact]
    public void Every_entry_renders_in_both_languages()
    {
        var catalogue = MessageCatalogue.Default;
        foreach (var entry in catalogue.Diagnostics)
        {
            var d = Diagnostic.Create(entry.Id, new SourceLocation("docs/a.md", 3, 5), entry.Placeholders.Select(p => new MessageArgument(p, "‹" + p + "›", null)).ToArray());
            foreach (var language in Enum.GetValues<Language>())
            {
                var text = d.Format(language);
                Assert.All(entry.Placeholders, p => Assert.Contains("‹" + p + "›", text)); // every argument is shown
                Assert.Contains(entry.Id.Code, text);
                Assert.Contains(catalogue.Labels(language).Fixers[entry.Fixer], text);
            }
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|^‹[a-z_]+›$", d.Render(Language.Chinese).Message);
            if (entry.Severity == Severity.Error && entry.Fixer == Fixer.Editor)
                Assert.True(entry.Hints.Count == 2, $"{entry.Id}: an error the editor fixes needs a hint saying what to type");
        }
        foreach (var id in catalogue.Texts)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var arguments = MessageCatalogue.Placeholders(catalogue.TextTemplate(id, language)).Select(p => new MessageArgument(p, "‹" + p + "›", null)).ToArray();
                var text = catalogue.RenderText(id, arguments, language);
                Assert.False(string.IsNullOrWhiteSpace(text), $"{id} is empty in {language}");
                Assert.All(arguments, a => Assert.Contains(a.Text!, text));
            }
        }
    }

    [Fact]
    public void Giving_other_arguments_than_the_entry_uses_is_a_bug_caught_at_once()
    {
        Assert.Throws<ArgumentException>(() => Diagnostic.Create(GazettePress.Layout.LayoutMessages.GlyphMissing, SourceLocation.None, ("char", "丁")));
    }

    [Theory]
    [InlineData(null, null, null, "zh_CN.UTF-8", Language.Chinese)]
    [InlineData(null, null, null, "en_US.UTF-8", Language.English)]
    [InlineData(null, "C.UTF-8", null, "en_US.UTF-8", Language.Chinese)]
    [InlineData("en", "zh_CN.UTF-8", null, null, Language.English)]
    [InlineData(null, null, null, null, Language.Chinese)]
    public void The_language_comes_from_the_environment_with_Chinese_as_default(string? language, string? lcAll, string? lcMessages, string? lang, Language expected)
    {
        var env = new Dictionary<string, string?> { ["LANGUAGE"] = language, ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, Localization.FromEnvironment(n => env[n]));
    }

    /// <summary>
    /// No diagnostic exists outside the catalogue: Diagnostic has no constructor but its private one
    /// and no factory but Create, and Create refuses a code the catalogue does not have. So text,
    /// severity and who fixes it always come from an entry in both languages.
    /// </summary>
    [Fact]
    public void Diagnostics_are_made_only_from_catalogue_entries()
    {
        var type = typeof(Diagnostic);
        Assert.All(type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => Assert.True(c.IsPrivate, $"{c} is not private"));
        var factories = type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == type && !m.IsSpecialName)
            .Select(m => m.Name)
            .Distinct();
        Assert.Equal(["Create"], factories);
        var unknown = Assert.Throws<InvalidOperationException>(() => Diagnostic.Create(new DiagnosticId("GP0000"), SourceLocation.None));
        Assert.Contains("GP0000", unknown.Message);
    }
}
