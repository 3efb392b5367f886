using GazettePress.Publishing.Tests.Hardening;

// Writes an issue folder made of `copies` copies of the given samples (default: the 2025年第6期
// sample, so 10 copies are issue 12's 10× issue), with the generator the 合订本 tests use.
//   dotnet run -c Release --project bench/VolumeWriter -- <issue-dir> <copies> [samples/… …]
if (args.Length < 2 || !int.TryParse(args[1], out var copies) || copies < 1)
{
    Console.Error.WriteLine("usage: VolumeWriter <issue-dir> <copies> [samples/jincheng-2025-06 …]");
    return 2;
}
string[] samples = args.Length > 2 ? args[2..] : ["samples/jincheng-2025-06"];
if (Directory.Exists(args[0])) Directory.Delete(args[0], recursive: true);
var ids = BoundVolume.Write(args[0], copies, samples);
Console.WriteLine($"{args[0]}: {ids.Count} documents ({copies} × {string.Join(" + ", samples)})");
return 0;
