using GazettePress.Diagnostics;

namespace GazettePress.Intake;

/// <summary>
/// Messages of `new` and `add` (catalogue add.ini, GP7xxx). GP70xx stop the command (nothing is
/// written); GP71xx are doubts: each becomes a review: note in the document's front matter and a
/// line of the command's output, so that `check` warns until the editor has looked.
/// </summary>
public static class IntakeMessages
{
    // Errors: the command writes nothing.
    public static readonly DiagnosticId InputNotFound = new("GP7001");
    public static readonly DiagnosticId UnsupportedFormat = new("GP7002");
    public static readonly DiagnosticId UnreadableWord = new("GP7003");
    public static readonly DiagnosticId OldBinaryFormat = new("GP7025");
    public static readonly DiagnosticId RtfFormat = new("GP7026");
    public static readonly DiagnosticId NotAnIssue = new("GP7004");
    public static readonly DiagnosticId DocumentExists = new("GP7005");
    public static readonly DiagnosticId UnknownSection = new("GP7006");
    public static readonly DiagnosticId NoText = new("GP7007");
    public static readonly DiagnosticId CannotWrite = new("GP7008");
    public static readonly DiagnosticId IssueYamlShape = new("GP7009");
    public static readonly DiagnosticId ResultDoesNotLoad = new("GP7010");
    public static readonly DiagnosticId NoContentOnPage = new("GP7011");
    public static readonly DiagnosticId TextEncoding = new("GP7012");
    public static readonly DiagnosticId SameFileTwice = new("GP7013");
    public static readonly DiagnosticId TargetNotEmpty = new("GP7020");
    public static readonly DiagnosticId PreviousIssueUnusable = new("GP7021");
    public static readonly DiagnosticId IssueNumberInvalid = new("GP7022");
    public static readonly DiagnosticId IssueNotAfterPrevious = new("GP7024");

    // Doubts: review notes.
    public static readonly DiagnosticId TitleLinesGuessed = new("GP7101");
    public static readonly DiagnosticId NoDocNumber = new("GP7102");
    public static readonly DiagnosticId DocNumberNormalised = new("GP7103");
    public static readonly DiagnosticId NoDate = new("GP7104");
    public static readonly DiagnosticId DateInvalid = new("GP7105");
    public static readonly DiagnosticId IssuersFromElsewhere = new("GP7106");
    public static readonly DiagnosticId KindUnknown = new("GP7107");
    public static readonly DiagnosticId SectionGuessed = new("GP7108");
    public static readonly DiagnosticId HeadingsGuessed = new("GP7109");
    public static readonly DiagnosticId LooksLikeRecord = new("GP7110");
    public static readonly DiagnosticId AddresseeGuessed = new("GP7111");
    public static readonly DiagnosticId AttachmentsNotInFile = new("GP7112");
    public static readonly DiagnosticId MergedCells = new("GP7113");
    public static readonly DiagnosticId ImageSize = new("GP7114");
    public static readonly DiagnosticId ImageFormat = new("GP7115");
    public static readonly DiagnosticId Omitted = new("GP7116");
    public static readonly DiagnosticId PunctuationWidened = new("GP7117");
    public static readonly DiagnosticId QrLinkRelative = new("GP7118");
    public static readonly DiagnosticId QrPictureMissing = new("GP7119");
    public static readonly DiagnosticId PageDisagrees = new("GP7120");
    public static readonly DiagnosticId FromPageMetadata = new("GP7121");
    public static readonly DiagnosticId SeveralNotes = new("GP7122");
    public static readonly DiagnosticId UntitledPart = new("GP7123");
    public static readonly DiagnosticId UnknownSymbol = new("GP7124");
    public static readonly DiagnosticId TrackedChanges = new("GP7126");
    public static readonly DiagnosticId UnplacedText = new("GP7129");
    public static readonly DiagnosticId ArticleNumbers = new("GP7131");
    public static readonly DiagnosticId HiddenText = new("GP7133");
    public static readonly DiagnosticId NoSignatureIssuer = new("GP7134");
    public static readonly DiagnosticId TextEncodingGuessed = new("GP7135");
    public static readonly DiagnosticId TextReview = new("GP7136");
    public static readonly DiagnosticId NotesLeftOut = new("GP7137");
    public static readonly DiagnosticId ReadAsOtherKind = new("GP7138");

    // Texts of the command output.
    public static readonly TextId Dropped = new("add.dropped");
    public static readonly TextId PartHead = new("add.part.head");
    public static readonly TextId PartRecord = new("add.part.record");
    public static readonly TextId PartPageChrome = new("add.part.page-chrome");
    public static readonly TextId PartSeal = new("add.part.seal");
    public static readonly TextId Added = new("add.added");
    public static readonly TextId Replaced = new("add.replaced");
    public static readonly TextId ToReview = new("add.to-review");
    public static readonly TextId Summary = new("add.summary");
    public static readonly TextId NothingWritten = new("add.nothing-written");
    public static readonly TextId SourceHead = new("add.source.head");
    public static readonly TextId SourceTitle = new("add.source.title");
    public static readonly TextId SourcePage = new("add.source.page");
    public static readonly TextId NewWritten = new("new.written");
    public static readonly TextId NewFromPrevious = new("new.from-previous");
    public static readonly TextId NewSkeleton = new("new.skeleton");
    public static readonly TextId NewPublishedEstimate = new("new.published-estimate");
    public static readonly TextId NewCumulativeUnknown = new("new.cumulative-unknown");
    public static readonly TextId NewLeftOut = new("new.left-out");
}
