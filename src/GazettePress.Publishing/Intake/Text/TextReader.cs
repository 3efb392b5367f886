using GazettePress.Intake.Model;

namespace GazettePress.Intake.Text;

public static class TextReader
{
    public static SourceReadResult Read(byte[] bytes, string sourceName) => throw new NotImplementedException();
}
