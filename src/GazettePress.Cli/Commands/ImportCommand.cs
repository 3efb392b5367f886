using System.Text;
using GazettePress.Diagnostics;
using GazettePress.Importing;

namespace GazettePress.Cli.Commands;

/// <summary>
/// gazettepress import &lt;text-file&gt; --out &lt;issue-dir&gt; [--force]: turns an issue as extracted text
/// into an issue folder plus review.md (inside it) listing what a human should confirm.
/// Exit codes: 0 written, 1 unusable input or the folder could not be written, 2 usage.
/// </summary>
public static class ImportCommand
{
    public const string ReviewFileName = "review.md";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, outDir = null;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: outDir = args[++i]; break;
                case "--force": force = true; break;
                default:
                    if (args[i].StartsWith('-') || input is not null) return Usage(stderr, $"unexpected argument '{args[i]}'");
                    input = args[i];
                    break;
            }
        }
        if (input is null || outDir is null) return Usage(stderr, "need <text-file> and --out <issue-dir>");
        if (!File.Exists(input))
        {
            stderr.WriteLine(Diagnostic.LegacyError(ImportCodes.InputNotFound, "input file not found", new SourceLocation(input), "give the path of an extracted-text issue (.txt)"));
            return 1;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(input));
        }
        catch (DecoderFallbackException)
        {
            stderr.WriteLine(Diagnostic.LegacyError(ImportCodes.NotUtf8, "the file is not valid UTF-8 text", new SourceLocation(input), "convert it to UTF-8 first, e.g. iconv -f GB18030 -t UTF-8"));
            return 1;
        }
        var result = IssueImporter.Import(text.TrimStart('\uFEFF'), input);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine(error);
            stderr.WriteLine($"gazettepress import: {result.Errors.Count} problem(s); nothing was written");
            return 1;
        }
        var files = new Dictionary<string, string>(result.Files) { [ReviewFileName] = result.Review };
        try
        {
            IssueFolderOutput.Write(outDir, files, force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Diagnostic.LegacyError(ImportCodes.CannotWrite, e.Message, new SourceLocation(outDir), "nothing was written; choose another --out or add --force to replace it"));
            return 1;
        }
        var documents = result.Files.Keys.Count(k => k.StartsWith("docs/", StringComparison.Ordinal));
        stdout.WriteLine($"imported {documents} documents into {outDir}; review {Path.Combine(outDir, ReviewFileName)}");
        return 0;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"gazettepress import: {message}");
        stderr.WriteLine("usage: gazettepress import <text-file> --out <issue-dir> [--force]");
        return 2;
    }
}
