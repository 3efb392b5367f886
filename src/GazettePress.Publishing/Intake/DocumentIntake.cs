using GazettePress.Diagnostics;
using GazettePress.Intake.Html;
using GazettePress.Intake.Model;
using GazettePress.Intake.Recognition;
using GazettePress.Intake.Word;

namespace GazettePress.Intake;

/// <summary>
/// One input file to a recognised document: the reader chosen by the file's type (.docx, .html/.htm,
/// .txt), then the one recogniser of GB/T 9704 parts. Reads only the file itself (and, for a saved web
/// page, pictures in the folder beside it).
/// </summary>
public static class DocumentIntake
{
    public static SourceReadResult ReadSource(string path)
    {
        if (!File.Exists(path))
            return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path)));
        var extension = Path.GetExtension(path).ToLowerInvariant();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path)));
        }
        return extension switch
        {
            ".docx" or ".docm" or ".wpsx" => WordReader.Read(bytes, path),
            ".html" or ".htm" or ".shtml" or ".xhtml" => HtmlReader.Read(bytes, path),
            _ => SourceReadResult.Failed(Diagnostic.Create(IntakeMessages.UnsupportedFormat, new SourceLocation(path), ("extension", extension.Length > 0 ? extension : "?"))),
        };
    }

    /// <summary>Reads and recognises one file; null with errors when it cannot be read.</summary>
    public static (RecognisedDocument? Document, IReadOnlyList<Diagnostic> Errors) Recognise(string path)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".text" && File.Exists(path))
        {
            try
            {
                return Text.TextIntake.Recognise(File.ReadAllBytes(path), path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, [Diagnostic.Create(IntakeMessages.InputNotFound, new SourceLocation(path))]);
            }
        }
        var read = ReadSource(path);
        if (read.Document is null) return (null, read.Errors);
        if (!read.Document.Blocks.OfType<SourceParagraph>().Any(p => p.Text.Trim().Length > 0)
            && !read.Document.Blocks.OfType<SourceTable>().Any())
            return (null, [Diagnostic.Create(IntakeMessages.NoText, new SourceLocation(path))]);
        return (DocumentRecogniser.Recognise(read.Document), []);
    }
}
