#!/usr/bin/env python3
"""Cold processes side by side: N runs of the native `gazettepress build` (all three outputs) and of
Typst on the same text, interleaved (native, Typst, native, Typst …) so that load on a shared
machine hits both alike. Prints each tool's median and minimum wall time, peak memory, and the ratio.

  python3 bench/cold.py [--runs 15] [--native PATH] [--issue DIR] [--typst-dir /tmp/peers]

--native defaults to the folder `dotnet publish src/GazettePress.Cli -c Release -r linux-x64` writes.
Typst is the typst.ts node compiler set up as /work/shared/peers/README.md says (npm package
@myriaddreamin/typst-ts-node-compiler, fonts-noto-cjk, prep.py on corpus 000 → <typst-dir>/in/issue.typ).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=15)
parser.add_argument("--native", default=os.path.join(root, "src/GazettePress.Cli/bin/Release/net10.0/linux-x64/publish/gazettepress"))
parser.add_argument("--issue", default=os.path.join(root, "samples/jincheng-2025-06"))
parser.add_argument("--typst-dir", default="/tmp/peers")
args = parser.parse_args()

typst_script = os.path.join(args.typst_dir, "typst.mjs")
typst_input = os.path.join(args.typst_dir, "in", "issue.typ")
if not os.access(args.native, os.X_OK):
    sys.exit(f"no native binary at {args.native}: run `dotnet publish src/GazettePress.Cli -c Release -r linux-x64` first")
if not (os.path.exists(typst_script) and os.path.exists(typst_input)):
    sys.exit(f"Typst is not set up in {args.typst_dir}: follow /work/shared/peers/README.md")


def run(command, cwd):
    """Wall seconds and peak resident memory (MB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{error}")
    return wall, usage.ru_maxrss / 1024


work = tempfile.mkdtemp(prefix="gp-cold-")
results = {"gazettepress (native, 3 outputs)": [], "typst (PDF only)": []}
try:
    for i in range(args.runs):
        out = os.path.join(work, f"out-{i}")
        results["gazettepress (native, 3 outputs)"].append(
            run([args.native, "build", args.issue, "--out", out, "--quiet"], work))
        results["typst (PDF only)"].append(
            run(["node", typst_script, typst_input, os.path.join(work, f"typst-{i}.pdf")], args.typst_dir))
        shutil.rmtree(out, ignore_errors=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

medians = {}
print(f"{args.runs} cold processes each, interleaved; machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
for name, samples in results.items():
    walls = [w for w, _ in samples]
    medians[name] = statistics.median(walls)
    print(f"  {name:34s} median {medians[name]:.3f} s   min {min(walls):.3f} s   peak RSS {max(m for _, m in samples):.0f} MB")
native, typst = medians.values()
print(f"  ratio native / typst (medians): {native / typst:.2f}")
