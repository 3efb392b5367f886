namespace GazettePress.Content.Loading;

/// <summary>A document file split into its YAML front matter and Markdown body.</summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// Splits at the opening <c>---</c> line and the next <c>---</c> line. Returns null when the file
    /// does not start with front matter or it is never closed.
    /// </summary>
    public static FrontMatter? Split(string text, out GazettePress.Diagnostics.LocalizedText? problem)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problem = ContentMessages.FrontMatterMissing.With();
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                problem = null;
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        problem = ContentMessages.FrontMatterUnclosed.With();
        return null;
    }
}
