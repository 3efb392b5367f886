namespace GazettePress.Publishing.Build;

/// <summary>The stages of a build, in order, as progress reports them.</summary>
public enum BuildStage
{
    Load,
    Compose,
    Paint,
    ScreenPdf,
    PrintPdf,
    Epub,
    /// <summary>An output writer the pipeline does not know by name.</summary>
    Output,
    Write,
}

/// <summary>
/// Told when each stage of a build starts, so that a front end can show progress. The pipeline never
/// writes to the console itself; the command line decides whether and how to show this (a terminal,
/// not a script). Calls may come from several threads when stages run side by side.
/// </summary>
public interface IBuildProgress
{
    /// <param name="pass">The composition pass (1, 2 …) for <see cref="BuildStage.Compose"/>, else 0.</param>
    void Started(BuildStage stage, int pass = 0);
}

/// <summary>Which stage an output writer is, by its name.</summary>
public static class BuildStages
{
    public static BuildStage Of(IOutputWriter writer) => writer.Name switch
    {
        "screen-pdf" => BuildStage.ScreenPdf,
        "print-pdf" => BuildStage.PrintPdf,
        "epub" => BuildStage.Epub,
        _ => BuildStage.Output,
    };
}
