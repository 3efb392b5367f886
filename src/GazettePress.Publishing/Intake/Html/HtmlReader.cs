using GazettePress.Intake.Model;

namespace GazettePress.Intake.Html;

public static class HtmlReader
{
    public static SourceReadResult Read(byte[] bytes, string sourceName) => throw new NotImplementedException();
}
