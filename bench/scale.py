#!/usr/bin/env python3
"""Time and memory of a build as the issue grows: the 2025年第6期 sample copied 1×, 2×, 5×, 10× (the
10× issue is issue 12's scale test, about 370 pages), each built by N cold native processes, and
Typst on the same text copied as often. Runs are interleaved (every size of both tools in each
round) so that load on a shared machine hits all alike. Prints, per size: pages, median and spread
(min–max) of wall time, median CPU time (user + system, less sensitive to other processes than
wall), peak resident memory, and CPU per copy relative to 1× (1.00 = linear).

  python3 bench/scale.py [--copies 1,2,5,10] [--runs 5] [--native PATH] [--typst-dir /tmp/peers]
                         [--callgrind]   # also instruction counts of one native build per size (slow)

The issues are written with harden's 合订本 generator (tests/…/Hardening/BoundVolume.cs) through
bench/VolumeWriter. --native defaults to the folder `dotnet publish src/GazettePress.Cli -c Release
-r linux-x64` writes; Typst is set up as /work/shared/peers/README.md says (skipped when absent).
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--copies", default="1,2,5,10")
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--native", default=os.path.join(root, "src/GazettePress.Cli/bin/Release/net10.0/linux-x64/publish/gazettepress"))
parser.add_argument("--sample", default="samples/jincheng-2025-06")
parser.add_argument("--typst-dir", default="/tmp/peers")
parser.add_argument("--callgrind", action="store_true")
parser.add_argument("--work", help="keep the generated issues and outputs here (default: a temp folder, deleted)")
args = parser.parse_args()
copies = [int(c) for c in args.copies.split(",")]

if not os.access(args.native, os.X_OK):
    sys.exit(f"no native binary at {args.native}: run `dotnet publish src/GazettePress.Cli -c Release -r linux-x64` first")
typst_script = os.path.join(args.typst_dir, "typst.mjs")
typst_input = os.path.join(args.typst_dir, "in", "issue.typ")
typst = os.path.exists(typst_script) and os.path.exists(typst_input)
if not typst:
    print(f"Typst is not set up in {args.typst_dir} (see /work/shared/peers/README.md): native only")


def run(command, cwd):
    """Wall seconds, CPU seconds (user + system) and peak resident memory (MB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


work = args.work or tempfile.mkdtemp(prefix="gp-scale-")
os.makedirs(work, exist_ok=True)
try:
    writer = ["dotnet", os.path.join(root, "bench/VolumeWriter/bin/Release/net10.0/VolumeWriter.dll")]
    if not all(os.path.exists(os.path.join(work, f"issue-{n}x", "issue.yaml")) for n in copies):
        subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(root, "bench/VolumeWriter")], check=True, stdout=subprocess.DEVNULL)
    issues, typst_inputs = {}, {}
    if typst:
        text = open(typst_input, encoding="utf-8").read().split("\n")
        header = [l for l in text if l.startswith("#set ") or l.startswith("#show ") or l.startswith("#page(")]
        body = "\n".join(l for l in text if l not in header)
    for n in copies:
        issues[n] = os.path.join(work, f"issue-{n}x")
        if not os.path.exists(os.path.join(issues[n], "issue.yaml")):
            subprocess.run(writer + [issues[n], str(n), args.sample], check=True, cwd=root, stdout=subprocess.DEVNULL)
        if typst:
            typst_inputs[n] = os.path.join(work, f"issue-{n}x.typ")
            with open(typst_inputs[n], "w", encoding="utf-8") as f:
                f.write("\n".join(header) + "\n" + "\n\n".join([body] * n))

    samples = {(tool, n): [] for n in copies for tool in (["native", "typst"] if typst else ["native"])}
    pages = {}
    for i in range(args.runs):
        for n in copies:
            out = os.path.join(work, f"out-{n}x")
            samples[("native", n)].append(run([args.native, "build", issues[n], "--out", out, "--quiet"], work))
            pages[("native", n)] = json.load(open(os.path.join(out, "build.json"), encoding="utf-8"))["pages"]
            if typst:
                pdf = os.path.join(work, f"typst-{n}x.pdf")
                samples[("typst", n)].append(run(["node", typst_script, typst_inputs[n], pdf], args.typst_dir))
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                found = re.search(r"Pages:\s+(\d+)", info)
                pages[("typst", n)] = int(found.group(1)) if found else 0

    instructions = {}
    if args.callgrind:
        for n in copies:
            log = os.path.join(work, f"callgrind-{n}x.log")
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/callgrind-{n}x.out", f"--log-file={log}",
                            args.native, "build", issues[n], "--out", os.path.join(work, f"cg-out-{n}x"), "--quiet"], check=True)
            found = re.search(r"Collected : (\d+)", open(log).read())
            instructions[n] = int(found.group(1)) if found else None

    load = os.getloadavg()
    print(f"{args.runs} cold processes per tool and size, interleaved; {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"{'tool':8s} {'size':>4s} {'pages':>5s} {'wall median':>11s} {'wall min–max':>15s} {'CPU median':>10s} {'CPU/copy vs 1×':>14s} {'peak RSS':>9s}"
          + ("  instructions" if instructions else ""))
    for tool in (["native", "typst"] if typst else ["native"]):
        base = None
        for n in copies:
            runs = samples[(tool, n)]
            walls, cpus, rss = [w for w, _, _ in runs], [c for _, c, _ in runs], [m for _, _, m in runs]
            cpu = statistics.median(cpus)
            base = base or cpu / n
            line = (f"{tool:8s} {n:>3d}× {pages[(tool, n)]:>5d} {statistics.median(walls):>9.2f} s {min(walls):>6.2f}–{max(walls):<6.2f} s "
                    f"{cpu:>8.2f} s {cpu / n / base:>14.2f} {max(rss):>6.0f} MB")
            if tool == "native" and instructions.get(n):
                line += f"  {instructions[n] / 1e9:.2f} G ({instructions[n] / n / instructions[copies[0]] * copies[0]:.2f} per copy vs {copies[0]}×)"
            print(line)
    if typst:
        for n in copies:
            ratio = statistics.median(w for w, _, _ in samples[("native", n)]) / statistics.median(w for w, _, _ in samples[("typst", n)])
            print(f"  {n}×: native / typst wall medians {ratio:.2f}")
finally:
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
