using System.Diagnostics;
using GazettePress.Diagnostics;
using GazettePress.Importing;
using GazettePress.Publishing.Tests.Importing.Degradation;

// Times the importer the way the degradation tests use it: each corpus issue, and every damaged
// variant (the same kinds, seeds and counts as DegradationTests). Prints wall and CPU time of the
// process per pass after warm-up passes. The machine is shared: compare interleaved runs of two builds.
//   dotnet run -c Release --project tests/import-bench -- [passes] [warmup]
var numbers = args.Length > 0 && args[0] == "--write-variant" ? [] : args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var passes = numbers.Length > 0 ? int.Parse(numbers[0]) : 3;
var warmup = numbers.Length > 1 ? int.Parse(numbers[1]) : 1;
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "GazettePress.sln"))) root = Path.GetDirectoryName(root)!;
string[] corpora = ["000", "001", "003"];
var texts = corpora.ToDictionary(c => c, c => File.ReadAllText(Directory.GetFiles(Path.Combine(root, "tests", "data", "corpus"), c + "_*.txt").Single()));

if (args.Length == 5 && args[0] == "--write-variant")
{
    // --write-variant <corpus> <kind|combined> <seed> <file>: one damaged variant as the tests make it.
    var (corpus, kind, seed) = (args[1], args[2], int.Parse(args[3]));
    Damage[] kinds;
    if (kind == "combined")
    {
        var rng = new Random(seed * 7919);
        kinds = Enum.GetValues<Damage>().OrderBy(_ => rng.Next()).Take(rng.Next(3, 7)).ToArray();
    }
    else kinds = [Enum.Parse<Damage>(kind)];
    File.WriteAllText(args[4], DamageGenerator.Apply(texts[corpus], kinds, seed * 31 + corpus[2]));
    Console.WriteLine(string.Join(", ", kinds));
    return;
}

if (args.Contains("--encodings"))
{
    EncodingComparison.Run(texts);
    return;
}

var generation = Stopwatch.StartNew();
var generationCpu = Process.GetCurrentProcess().TotalProcessorTime;
var variants = new List<string>();
foreach (var corpus in corpora)
{
    foreach (var kind in Enum.GetValues<Damage>())
        for (var seed = 1; seed <= 5; seed++)
            variants.Add(DamageGenerator.Apply(texts[corpus], [kind], seed * 31 + corpus[2]));
    for (var seed = 1; seed <= 40; seed++)
    {
        var rng = new Random(seed * 7919);
        var kinds = Enum.GetValues<Damage>().OrderBy(_ => rng.Next()).Take(rng.Next(3, 7)).ToArray();
        variants.Add(DamageGenerator.Apply(texts[corpus], kinds, seed * 31 + corpus[2]));
    }
}
Console.WriteLine($"generating {variants.Count} variants: {generation.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - generationCpu).TotalSeconds:F2} s CPU");
var options = new ImportOptions { Language = Language.English };
if (args.Contains("--digest"))
{
    // One hash over every file of every import: equal digests mean a change altered no output.
    using var sha = System.Security.Cryptography.SHA256.Create();
    var all = new System.Text.StringBuilder();
    foreach (var v in texts.Values.Concat(variants))
        foreach (var (path, text) in IssueImporter.Import(v, "v.txt", options).Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            all.Append(path).Append('\0').Append(text).Append('\0');
    Console.WriteLine(Convert.ToHexString(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(all.ToString()))));
    return;
}
var process = Process.GetCurrentProcess();

(double Wall, double Cpu) Time(Action action)
{
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    action();
    process.Refresh();
    return (wall.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
}

for (var w = 0; w < warmup; w++)
    foreach (var v in variants) IssueImporter.Import(v, "v.txt", options);
for (var p = 0; p < passes; p++)
{
    var corpus = Time(() => { foreach (var c in corpora) for (var k = 0; k < 10; k++) IssueImporter.Import(texts[c], c, options); });
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var all = Time(() => { foreach (var v in variants) IssueImporter.Import(v, "v.txt", options); });
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Console.WriteLine($"pass {p + 1}: corpus import {corpus.Wall / 30 * 1000:F0} ms wall, {corpus.Cpu / 30 * 1000:F0} ms CPU per issue; " +
                      $"{variants.Count} variants {all.Wall:F2} s wall, {all.Cpu:F2} s CPU ({all.Cpu / variants.Count * 1000:F1} ms CPU, {allocated / variants.Count / 1e6:F1} MB allocated per variant)");
}
