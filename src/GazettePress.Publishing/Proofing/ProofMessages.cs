using GazettePress.Diagnostics;

namespace GazettePress.Publishing.Proofing;

/// <summary>Texts and diagnostics of the proof comparison (catalogue file cli-editor.ini).</summary>
public static class ProofMessages
{
    public static readonly DiagnosticId NotFound = new("GP8510");
    public static readonly DiagnosticId NoRecordBeside = new("GP8511");
    public static readonly DiagnosticId NotTheRecordedPdf = new("GP8512");
    public static readonly DiagnosticId NoBlocks = new("GP8513");
    public static readonly DiagnosticId NoScreenPdf = new("GP8514");

    public static readonly TextId Title = new("diff.title");
    public static readonly TextId Count = new("diff.count");
    public static readonly TextId None = new("diff.none");
    public static readonly TextId Group = new("diff.group");
    public static readonly TextId Where = new("diff.where");
    public static readonly TextId WhereOld = new("diff.where-old");
    public static readonly TextId Changed = new("diff.changed");
    public static readonly TextId Inserted = new("diff.inserted");
    public static readonly TextId Deleted = new("diff.deleted");
    public static readonly TextId NoteChanged = new("diff.note.changed");
    public static readonly TextId NoteInserted = new("diff.note.inserted");
    public static readonly TextId NoteDeleted = new("diff.note.deleted");

    public static readonly TextId SectionCover = new("diff.section.cover");
    public static readonly TextId SectionToc = new("diff.section.toc");
    public static readonly TextId SectionIntro = new("diff.section.intro");
    public static readonly TextId SectionColophon = new("diff.section.colophon");
    public static readonly TextId SectionBackCover = new("diff.section.back-cover");

    private static readonly Dictionary<string, TextId> Sections = new(StringComparer.Ordinal)
    {
        ["cover"] = SectionCover, ["toc"] = SectionToc, ["intro"] = SectionIntro, ["colophon"] = SectionColophon, ["back-cover"] = SectionBackCover,
    };

    /// <summary>The name of a section the templates make (cover, toc …), or null for another id.</summary>
    public static TextId? SectionName(string sectionId) => Sections.TryGetValue(sectionId, out var id) ? id : null;
}
