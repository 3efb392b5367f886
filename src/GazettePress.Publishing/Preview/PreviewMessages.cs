using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Preview;

/// <summary>The texts of the live preview page (catalogue file cli-editor.ini).</summary>
public static class PreviewMessages
{
    public static readonly TextId Title = new("watch.page.title");
    public static readonly TextId Waiting = new("watch.page.waiting");
    public static readonly TextId Updated = new("watch.page.updated");
    public static readonly TextId Errors = new("watch.page.errors");
    public static readonly TextId NoPages = new("watch.page.no-pages");
    public static readonly TextId Problems = new("watch.page.problems");
    public static readonly TextId NoProblems = new("watch.page.no-problems");
    public static readonly TextId Page = new("watch.page.page");
    public static readonly TextId Sheet = new("watch.page.sheet");
    public static readonly TextId Edited = new("watch.page.edited");
    public static readonly TextId Stopped = new("watch.page.stopped");
    public static readonly TextId Help = new("watch.page.help");
    public static readonly TextId SourceTitle = new("watch.source.title");
    public static readonly TextId SourceNotFound = new("watch.source.not-found");
}
