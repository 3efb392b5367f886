#!/usr/bin/env python3
"""Issue 15 point 1 at full scale, from outside: the 2025年第6期 sample copied 10× and 40×, and an
issue of 2,000 tiny documents, built with the command line; each output is then checked with
independent tools (pdftotext, pdfinfo, unzip):

  exit 0; build.json lists every document of issue.yaml with a first folio; the printed TOC carries
  every first folio in order; every document title is in the screen PDF's text; a colophon page holds
  the colophon's values; the EPUB has every document's page, listed in nav.xhtml, and a colophon.

Prints one line per issue: documents, pages, wall time, CPU time, peak RSS. The test suite builds
the 10× and the 2,000 (LargeIssueTests); this script is the bench for the 40× (and for all three).

Usage: scale.py --cli path/to/gazettepress.dll --work DIR [--only x10,x40,tiny2000]
"""
import argparse, json, os, re, resource, shutil, subprocess, sys, time, zipfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(REPO, "samples", "jincheng-2025-06")


def copies(target, n):
    """The sample's documents n times, each copy a set of sections, ids made unique, links pointed at the copy."""
    os.makedirs(os.path.join(target, "docs"))
    yaml = open(os.path.join(SAMPLE, "issue.yaml"), encoding="utf-8").read()
    head, rest = yaml.split("\nsections:\n", 1)
    sections_text, tail = re.split(r"\n(?=colophon:)", rest, 1)
    sections = re.findall(r"- title: (.*)\n\s+documents: \[(.*)\]", sections_text)
    out, ids = [], []
    for c in range(1, n + 1):
        rename = {i.strip(): f"c{c:02d}-{i.strip()}" for _, docs in sections for i in docs.split(",")}
        for title, docs in sections:
            out.append(f"  - title: 第{c}册·{title}\n    documents: [{', '.join(rename[i.strip()] for i in docs.split(','))}]\n")
            for i in docs.split(","):
                text = open(os.path.join(SAMPLE, "docs", i.strip() + ".md"), encoding="utf-8").read()
                for a, b in rename.items():
                    text = text.replace(f"]({a}#", f"]({b}#")
                open(os.path.join(target, "docs", rename[i.strip()] + ".md"), "w", encoding="utf-8").write(text)
                ids.append(rename[i.strip()])
    open(os.path.join(target, "issue.yaml"), "w", encoding="utf-8").write(head + "\nsections:\n" + "".join(out) + tail)
    return ids


def tiny(target, n):
    """n documents of one short paragraph each, in sections of 100."""
    os.makedirs(os.path.join(target, "docs"))
    yaml = open(os.path.join(SAMPLE, "issue.yaml"), encoding="utf-8").read()
    head, rest = yaml.split("\nsections:\n", 1)
    tail = rest[rest.index("colophon:"):]
    out, ids = [], []
    for s in range(0, n, 100):
        part = [f"t{i:04d}" for i in range(s + 1, min(n, s + 100) + 1)]
        out.append(f"  - title: 第{s // 100 + 1}组文件\n    documents: [{', '.join(part)}]\n")
        for i in part:
            k = int(i[1:])
            open(os.path.join(target, "docs", i + ".md"), "w", encoding="utf-8").write(
                f"---\nkind: 通知\ntitle: 关于第{k}项工作事项的通知\ndoc_number: 晋市政办〔2025〕{k}号\n---\n"
                f"各县（市、区）人民政府：第{k}项工作事项按本通知办理，请认真贯彻执行。\n")
        ids.extend(part)
    open(os.path.join(target, "issue.yaml"), "w", encoding="utf-8").write(head + "\nsections:\n" + "".join(out) + tail)
    return ids


def run_build(cli, issue, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", "dotnet", cli, "build", issue, "-o", out, "--lang", "en", "-q"],
                       capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = int(p.stderr.strip().splitlines()[-1]) // 1024 if p.stderr.strip() else None
    return p, time.time() - t0, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), rss


def verify(name, out, ids):
    problems = []
    bj = json.load(open(os.path.join(out, "build.json"), encoding="utf-8"))
    docs = bj["documents"]
    if [d["id"] for d in docs] != ids: problems.append("build.json documents differ from issue.yaml")
    if any(not d.get("firstFolio") for d in docs): problems.append("a document without first folio")
    pdf = os.path.join(out, name + ".pdf")
    first = docs[0]["firstPage"]
    toc = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", str(first - 1), pdf, "-"], capture_output=True, text=True).stdout
    numbers = re.findall(r"(?<=[.…·\s])(\d+)\s*$", toc, re.M)
    at = 0
    for d in docs:
        try:
            at = numbers.index(d["firstFolio"], at) + 1
        except ValueError:
            problems.append(f"TOC lacks folio {d['firstFolio']} of {d['id']} (in order)"); break
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    lost = [d["id"] for d in docs if re.sub(r"\s+", "", d["title"]) not in text]
    if lost: problems.append(f"{len(lost)} titles not in the PDF text, e.g. {lost[:3]}")
    colophon = [a for a in bj["anchors"] if a["name"] == "colophon"]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    if not colophon: problems.append("no colophon anchor")
    else:
        page = subprocess.run(["pdftotext", "-f", str(colophon[0]["page"]), "-l", str(colophon[0]["page"]), pdf, "-"],
                              capture_output=True, text=True).stdout
        if "晋城市人民政府政务公开协调服务中心" not in re.sub(r"\s+", "", page): problems.append("colophon page lacks its values")
        if colophon[0]["page"] <= docs[-1]["lastPage"]: problems.append("colophon before the last document ends")
    if pages != bj["pages"]: problems.append(f"pdfinfo {pages} pages, build.json {bj['pages']}")
    with zipfile.ZipFile(os.path.join(out, name + ".epub")) as z:
        nav = z.read("EPUB/nav.xhtml").decode("utf-8")
        names = set(z.namelist())
        missing = [i for i in ids if f"EPUB/{i}.xhtml" not in names or f'href="{i}.xhtml' not in nav]
        if missing: problems.append(f"{len(missing)} documents missing from the EPUB, e.g. {missing[:3]}")
        if not any("colophon" in n for n in names): problems.append("no colophon page in the EPUB")
    return problems, pages


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--cli", required=True); a.add_argument("--work", required=True)
    a.add_argument("--only", default="x10,x40,tiny2000")
    args = a.parse_args()
    cli = os.path.abspath(args.cli); failed = False
    for kind in args.only.split(","):
        name = {"x10": "sample-x10", "x40": "sample-x40", "tiny2000": "tiny-2000"}[kind]
        issue = os.path.join(args.work, name); out = os.path.join(args.work, name + "-out")
        shutil.rmtree(issue, ignore_errors=True); shutil.rmtree(out, ignore_errors=True)
        ids = copies(issue, int(kind[1:])) if kind.startswith("x") else tiny(issue, 2000)
        p, wall, cpu, rss = run_build(cli, issue, out)
        if p.returncode != 0:
            print(f"{name}: {len(ids)} documents: exit {p.returncode}\n{p.stdout[-3000:]}{p.stderr[-3000:]}"); failed = True; continue
        problems, pages = verify(name, out, ids)
        failed |= bool(problems)
        print(f"{name}: {len(ids)} documents, {pages} pages, exit 0, {wall:.0f} s wall, {cpu:.1f} s CPU, peak RSS {rss} MB: "
              + ("all present (TOC folios in order, titles in the PDF, colophon, EPUB pages and navigation)" if not problems else "; ".join(problems)),
              flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
