using GazettePress.Diagnostics;

namespace GazettePress.Cli.Hosting;

/// <summary>Why a file could not be read or written, in the reader's language (the .NET message is English).</summary>
public static class FileProblems
{
    private static readonly TextId NotFound = new("cli.file.not-found");
    private static readonly TextId Denied = new("cli.file.denied");
    private static readonly TextId IsDirectory = new("cli.file.is-directory");
    private static readonly TextId Other = new("cli.file.other");

    public static LocalizedText Reason(Exception e, string path) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException when Directory.Exists(path) => IsDirectory.With(),
        FileNotFoundException or DirectoryNotFoundException => NotFound.With(),
        UnauthorizedAccessException when Directory.Exists(path) => IsDirectory.With(),
        UnauthorizedAccessException => Denied.With(),
        _ => Other.With(("detail", e.Message)),
    };
}
