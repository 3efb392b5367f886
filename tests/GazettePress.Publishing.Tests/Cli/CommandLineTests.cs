using System.CommandLine;
using System.Text.RegularExpressions;
using GazettePress.Cli.Commands;
using GazettePress.Cli.Hosting;
using GazettePress.Diagnostics;
using GazettePress.Publishing.Tests.Content;

namespace GazettePress.Publishing.Tests.Cli;

/// <summary>
/// The command-line conventions: --version, help for every command and option in both languages,
/// usage errors from the catalogue with exit code 2, POSIX option forms, --lang per call, --quiet,
/// and the command boundary that turns a bug into one line and exit code 70.
/// </summary>
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Version_prints_the_product_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^gazettepress \d+\.\d+\.\d+\S*\r?\n$", output);
    }

    [Fact]
    public void No_command_shows_the_overview_on_stderr_as_a_usage_error()
    {
        var (code, output, error) = Run("--lang", "en");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        foreach (var name in new[] { "check", "import", "build", "preflight", "bench", "help" })
            Assert.Matches($@"(?m)^  {name} +\S", error);
    }

    public static TheoryData<string, Language> CommandsAndLanguages()
    {
        var data = new TheoryData<string, Language>();
        foreach (var command in CommandNames())
            foreach (var language in new[] { Language.Chinese, Language.English })
                data.Add(command, language);
        return data;
    }

    private static IEnumerable<string> CommandNames() =>
        Tree(Language.English).Subcommands.Select(c => c.Name);

    private static RootCommand Tree(Language language)
    {
        RootCommand root = null!;
        var context = ExecutionContext.Capture()!;
        ExecutionContext.Run(context, _ =>
        {
            Localization.Current = language;
            root = CommandLine.BuildTree(new CliContext(TextWriter.Null, TextWriter.Null, false), new GlobalOptions(), CommandLine.Commands());
        }, null);
        return root;
    }

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public void Every_command_has_help_that_describes_every_option(string name, Language language)
    {
        var lang = language == Language.Chinese ? "zh" : "en";
        var (code, help, error) = Run(name, "--help", "--lang", lang);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        Assert.Equal(help, Run("help", name, "--lang", lang).Out);

        var command = Tree(language).Subcommands.Single(c => c.Name == name);
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
        Assert.Contains(command.Description!, help);
        var symbols = command.Options.Cast<Symbol>().Concat(command.Arguments)
            .Concat(HelpWriter.GlobalOptions(command));
        foreach (var symbol in symbols)
        {
            Assert.False(string.IsNullOrWhiteSpace(symbol.Description), $"{name} {symbol.Name} has no description");
            var label = symbol is Argument ? $"<{((Argument)symbol).HelpName ?? symbol.Name}>" : symbol.Name;
            var line = help.Split('\n').FirstOrDefault(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
            Assert.True(line is not null, $"{name} --help does not list {label}:\n{help}");
            Assert.Contains(symbol.Description!.Split('\n')[0], line);
        }
        if (language == Language.Chinese)
            Assert.StartsWith("用法：gazettepress " + name, help);
        else
            Assert.StartsWith("usage: gazettepress " + name, help);
    }

    [Fact]
    public void Help_texts_exist_in_both_languages_and_differ()
    {
        var zh = Describe(Tree(Language.Chinese));
        var en = Describe(Tree(Language.English));
        Assert.Equal(en.Keys.Order(), zh.Keys.Order());
        foreach (var (symbol, text) in en)
        {
            Assert.NotEqual(text, zh[symbol]);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh[symbol]);
        }
    }

    private static Dictionary<string, string> Describe(Command command, string path = "")
    {
        var texts = new Dictionary<string, string> { [path + command.Name] = command.Description ?? "" };
        foreach (var option in command.Options) texts[$"{path}{command.Name} {option.Name}"] = option.Description ?? "";
        foreach (var argument in command.Arguments) texts[$"{path}{command.Name} <{argument.Name}>"] = argument.Description ?? "";
        foreach (var sub in command.Subcommands)
            foreach (var (key, value) in Describe(sub, path + command.Name + " ")) texts[key] = value;
        return texts;
    }

    [Theory]
    [InlineData("GP8001", "buidl", "samples")]
    [InlineData("GP8002", "check", "x", "--jsn")]
    [InlineData("GP8003", "check", "x", "y")]
    [InlineData("GP8004", "check")]
    [InlineData("GP8005", "build", "x")]
    [InlineData("GP8006", "build", "x", "--out")]
    [InlineData("GP8007", "bench", "--runs", "many")]
    [InlineData("GP8007", "bench", "--runs", "0")]
    [InlineData("GP8007", "preflight", "x.pdf", "--page-multiple=0")]
    [InlineData("GP8007", "--lang", "fr", "check", "x", "--lang", "en")]
    public void A_wrong_command_line_is_a_usage_error_with_its_code(string code, params string[] args)
    {
        // --lang first, so that it is never taken as the value of an option left without one.
        var (exit, output, error) = Run(args.Contains("--lang") ? args : ["--lang", "en", .. args]);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains($"error {code} [editor]: ", error);
        Assert.Single(Regex.Matches(error, @"\b(error|错误) GP\d{4}"));
        Assert.Contains("\nusage: gazettepress", "\n" + error);
        Assert.DoesNotContain("Unrecognized", error); // System.CommandLine's own English text never shows
    }

    [Fact]
    public void Usage_errors_are_in_Chinese_by_default_and_suggest_the_command_meant()
    {
        var (exit, _, error) = Run("buidl", "x", "--lang", "zh");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("错误 GP8001【编辑可改】：没有“buidl”这个命令（是不是要输入“build”？）", error);
        Assert.Contains("用法：gazettepress", error);
    }

    [Fact]
    public void An_invalid_value_names_the_option_and_what_it_accepts()
    {
        var (_, _, error) = Run("bench", "--runs", "many", "--lang", "en");
        Assert.Contains("'many' is not a valid value for --runs", error);
        Assert.Contains("hint: --runs: builds to time, a positive whole number", error);
    }

    [Fact]
    public void Posix_option_forms_are_accepted()
    {
        using var issue = new TempIssue().WriteValid();
        foreach (var args in new[]
        {
            new[] { "check", issue.Directory, "--lang=en", "-q" },
            new[] { "-q", "check", "--lang", "en", issue.Directory },
            new[] { "check", "--lang:en", "-qv", issue.Directory },
            new[] { "check", "--lang", "en", "--", issue.Directory },
        })
        {
            var (code, _, error) = Run(args);
            Assert.True(code == ExitCodes.Ok, $"{string.Join(' ', args)}: {error}");
        }
        var missing = Path.Combine(issue.Directory, "missing.txt");
        Assert.Equal(ExitCodes.InputProblems, Run("import", missing, "--out=" + Path.Combine(issue.Directory, "o"), "--lang", "en").Code);
        Assert.Equal(ExitCodes.InputProblems, Run("import", missing, "-o", Path.Combine(issue.Directory, "o"), "-f").Code);
    }

    [Fact]
    public void Lang_applies_to_its_call_only()
    {
        var before = Localization.Current;
        using var issue = new TempIssue().WriteValid();
        var english = Run("check", issue.Directory, "--lang", "en").Out;
        Assert.Equal(before, Localization.Current);
        var chinese = Run("check", issue.Directory, "--lang", "zh").Out;
        Assert.Contains("3 documents: 0 errors, 0 warnings", english);
        Assert.Contains("3 篇文件：0 个错误，0 个警告", chinese);
        Assert.Equal(before, Localization.Current);
    }

    [Fact]
    public void Quiet_shows_errors_only()
    {
        // A listed document still marked draft: true is a warning (GP1104).
        using var valid = new TempIssue().WriteValid().Write("docs/03-ling-5.md", SampleContent.Decree.Replace("kind: 令\n", "kind: 令\ndraft: true\n", StringComparison.Ordinal));
        var normal = Run("check", valid.Directory, "--lang", "en");
        Assert.Contains("warning GP1104", normal.Out);
        var quiet = Run("check", valid.Directory, "--lang", "en", "--quiet");
        Assert.Equal(ExitCodes.Ok, quiet.Code);
        Assert.Empty(quiet.Out);

        using var broken = BrokenIssue.Write(new TempIssue());
        var errors = Run("check", broken.Directory, "--lang", "en", "-q");
        Assert.Equal(ExitCodes.InputProblems, errors.Code);
        Assert.Contains("error GP1005", errors.Out);
        Assert.DoesNotContain("warning GP010", errors.Out);
    }

    [Fact]
    public void Preflight_of_a_missing_file_says_why_in_the_readers_language()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gp-none-" + Guid.NewGuid().ToString("N") + ".pdf");
        var (code, _, error) = Run("preflight", missing, "--lang", "en");
        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Equal($"{missing}: error GP8010 [editor]: cannot read the file: there is no such file", error.Split('\n')[0]);
    }

    private sealed class Crashing : ICliCommand
    {
        public Command Create(CliContext cli)
        {
            var command = new Command("crash", "crashes");
            command.SetAction(_ => Task.Run(() => throw new InvalidOperationException("the invariant broke\nsecond line")).GetAwaiter().GetResult());
            return command;
        }
    }

    [Fact]
    public void A_bug_becomes_one_line_asking_for_a_report_and_exit_code_70()
    {
        var stderr = new StringWriter();
        var code = CommandLine.Run(["crash", "--lang", "en"], new CliContext(TextWriter.Null, stderr, false), [.. CommandLine.Commands(), new Crashing()]);
        Assert.Equal(ExitCodes.Bug, code);
        var lines = stderr.ToString().TrimEnd().Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("error GP9001 [bug]: GazettePress failed internally (InvalidOperationException: the invariant broke second line)", line);
        Assert.Contains("please report", line);

        stderr = new StringWriter();
        code = CommandLine.Run(["crash", "--verbose"], new CliContext(TextWriter.Null, stderr, false), [.. CommandLine.Commands(), new Crashing()]);
        Assert.Equal(ExitCodes.Bug, code);
        Assert.StartsWith("错误 GP9001【程序缺陷】：GazettePress 内部出错", stderr.ToString());
        Assert.Matches(new Regex(@"\n\s+at "), stderr.ToString());
    }
}
