using GazettePress.Diagnostics;
using GazettePress.Importing.Decoding;

namespace GazettePress.Importing;

/// <summary>
/// The whole `import` of one file, for the command line: read the bytes, tell their encoding, import,
/// write the issue folder (all files or none). Every failure is a located diagnostic; the summary line
/// says how many documents were found against how many the TOC lists.
/// </summary>
public static class ImportFile
{
    public static ImportResult Run(string input, string outDir, bool force)
    {
        ImportResult Failed(Diagnostic d) => new(new Dictionary<string, string>(), "", [d]);
        if (!File.Exists(input)) return Failed(Diagnostic.Create(ImportMessages.InputNotFound, new SourceLocation(input), ("file", input)));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(Diagnostic.Create(ImportMessages.InputNotFound, new SourceLocation(input), ("file", input + " (" + e.Message + ")")));
        }
        var decoded = TextDecoder.Decode(bytes, out var failure);
        if (decoded is null)
            return Failed(Diagnostic.Create(ImportMessages.NotDecodable, new SourceLocation(input), ("reason", failure!.Reason), ("offset", failure.Offset)));
        var result = IssueImporter.Import(decoded.Text, input, new ImportOptions { Decoding = decoded });
        if (!result.Succeeded) return result;
        try
        {
            IssueFolderOutput.Write(outDir, result.Files, force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result with { Errors = [Diagnostic.Create(ImportMessages.CannotWrite, new SourceLocation(outDir), ("out", outDir), ("detail", e.Message))] };
        }
        return result;
    }
}
