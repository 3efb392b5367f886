using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using GazettePress.Layout.DisplayList;
using GazettePress.Publishing.Build;
using GazettePress.Publishing.Composition;

namespace GazettePress.Publishing.Proofing;

/// <summary>One run of a block's text on a page: where it was painted and which characters of the block it holds.</summary>
public readonly record struct PlacedRun(int Page, double X, double Baseline, double Width, double Size, int Start, int Length);

/// <summary>
/// A block of text as the build placed it (a paragraph, heading, table cell, caption): its section and
/// document, its element number and id, its whole text, and every run of it on every page.
/// </summary>
public sealed record PlacedBlock(string Section, string Document, int Element, string? Id, string Kind, string Text, IReadOnlyList<PlacedRun> Runs)
{
    /// <summary>What a proofreader calls the block's place: its document, else its section (cover, toc …).</summary>
    public string Group => Document.Length > 0 ? Document : Section;
}

/// <summary>
/// The build's record of where every block of text landed, kept in build.json ("blocks") so that two
/// proof rounds can be compared without reading text back out of the PDFs (<see cref="ProofComparer"/>),
/// and the hashes of the files written ("outputHashes"), so a PDF can be matched to its record.
/// Taken from the composed pages at the end of the pipeline: what was painted is what is recorded.
/// Page furniture (running heads, folios) is not recorded.
/// </summary>
public static class ProofRecord
{
    public const string BlocksKey = "blocks";
    public const string HashesKey = "outputHashes";

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption",
    };

    public static IReadOnlyList<PlacedBlock> Blocks(ComposedIssue composed)
    {
        var blocks = new SortedDictionary<int, (ComposedPage First, ContentElement Element, List<(int Page, GlyphRunItem Run)> Runs)>();
        foreach (var page in composed.Pages)
        {
            foreach (var run in page.Content.Items.OfType<GlyphRunItem>())
            {
                if (run.Artifact != Artifact.None || run.Text.Length == 0 || !composed.Elements.TryGet(run.Source, out var inner)) continue;
                var block = composed.Elements.AncestorsAndSelf(inner).FirstOrDefault(e => BlockElements.Contains(e.Name)) ?? inner;
                if (!blocks.TryGetValue(block.Id, out var entry)) blocks[block.Id] = entry = (page, block, []);
                entry.Runs.Add((page.Index, run));
            }
        }
        var result = new List<PlacedBlock>(blocks.Count);
        foreach (var (_, (first, element, runs)) in blocks)
        {
            var text = new System.Text.StringBuilder();
            var placed = new List<PlacedRun>(runs.Count);
            foreach (var (page, run) in runs)
            {
                placed.Add(new PlacedRun(page, Round(run.StartX), Round(run.BaselineY), Round(Width(run)), Round(run.SizePt), text.Length, run.Text.Length));
                text.Append(run.Text);
            }
            result.Add(new PlacedBlock(first.SectionId, first.DocumentId, element.Id, element.XmlId, element.Name, text.ToString(), placed));
        }
        return result;
    }

    /// <summary>The painted width of a run: its glyphs' span plus the last glyph's advance (one em for a wide character, about half for others).</summary>
    private static double Width(GlyphRunItem run)
    {
        if (run.X.IsEmpty) return 0;
        var last = run.Text[^1];
        var advance = run.SizePt * (IsWide(last) ? 1.0 : 0.55);
        return run.X[^1] - run.X[0] + advance;
    }

    internal static bool IsWide(char c) => c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC);

    private static double Round(double value) => Math.Round(value, 2);

    public static JsonArray ToJson(IReadOnlyList<PlacedBlock> blocks)
    {
        var array = new JsonArray();
        foreach (var b in blocks)
        {
            var runs = new JsonArray();
            foreach (var r in b.Runs)
                runs.Add((JsonNode)new JsonArray(r.Page, r.X, r.Baseline, r.Width, r.Size, r.Start, r.Length)); // the JsonNode overload: AOT-safe
            array.Add((JsonNode)new JsonObject
            {
                ["section"] = b.Section,
                ["document"] = b.Document,
                ["element"] = b.Element,
                ["id"] = b.Id,
                ["kind"] = b.Kind,
                ["text"] = b.Text,
                ["runs"] = runs,
            });
        }
        return array;
    }

    /// <summary>The blocks of a build.json; null when it has no record of them (built by an older GazettePress).</summary>
    public static IReadOnlyList<PlacedBlock>? FromBuildJson(JsonElement report)
    {
        if (!report.TryGetProperty(BlocksKey, out var blocks) || blocks.ValueKind != JsonValueKind.Array) return null;
        var result = new List<PlacedBlock>();
        foreach (var b in blocks.EnumerateArray())
        {
            var runs = b.GetProperty("runs").EnumerateArray().Select(r => new PlacedRun(r[0].GetInt32(), r[1].GetDouble(), r[2].GetDouble(),
                r[3].GetDouble(), r[4].GetDouble(), r[5].GetInt32(), r[6].GetInt32())).ToArray();
            result.Add(new PlacedBlock(b.GetProperty("section").GetString() ?? "", b.GetProperty("document").GetString() ?? "",
                b.GetProperty("element").GetInt32(), b.GetProperty("id").GetString(), b.GetProperty("kind").GetString() ?? "",
                b.GetProperty("text").GetString() ?? "", runs));
        }
        return result;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hashes of the files a build writes (build.json "outputHashes"), taken once every writer has staged its files.</summary>
    public static JsonObject Hashes(IReadOnlyDictionary<string, byte[]> files)
    {
        var hashes = new JsonObject();
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) hashes[name] = Sha256(bytes);
        return hashes;
    }
}

/// <summary>Records the placed blocks in build.json (the hashes of the files come after every writer: <see cref="ProofRecord.Hashes"/>).</summary>
public sealed class ProofRecordWriter : IOutputWriter
{
    public string Name => "proof-record";

    public void Write(BuildContext context) =>
        context.Report[ProofRecord.BlocksKey] = ProofRecord.ToJson(ProofRecord.Blocks(context.Composed));
}
