#!/usr/bin/env python3
"""The reviewer's experiment, run from outside: mutated issue folders through `check`, `check --json`
and `build`; mutated import texts through `import` (then `check`/`build` of what it wrote); mutated print
PDFs through `preflight`. Mutations are deliberately *not* the ones of the test suite's fuzzer
(tests/.../Fuzzing): other YAML types and shapes, other Markdown, characters, encodings, pictures,
files and links. Every command runs as its own process (a stack overflow is exit 134, not a test failure).

Counts, per the issue's oracles:
  crash      exit not 0/1 (70 = caught bug, 134/139 = runtime died), or a timeout (hang)
  modified   the issue folder or the outside files changed (names, link targets, bytes)
  half       --out (pre-filled with a previous set) is not exactly the old set after a failed build,
             or not exactly the new set after a good one; staging/old/tmp files left beside it
  disagree   check exit 0 but build exit 1 (and the reverse, counted apart: build accepts what check rejects)
  lost       build exit 0 but a document of `check --json` is missing from build.json / has no folio, or
             a CJK character of the sources is missing from the screen PDF or the EPUB text
  leaked     build exit 0 and an outside file's marker text or picture is in an output
  unlocated  an error line of `check` without file:line:col (listed by code for judgement)
  memory     check's peak RSS above 400 MB

Usage: hostile.py --cli path/to/gazettepress.dll --work DIR [--issues 300] [--imports 100] [--pdfs 200]
                  [--seed 1] [--jobs 2]
Writes DIR/report.json and prints a summary; failing cases are kept under DIR/keep/.
"""
import argparse, collections, concurrent.futures as cf, hashlib, json, os, random, re, shutil, struct
import subprocess, sys, threading, time, zipfile, zlib

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CJK = re.compile(r"[\u4e00-\u9fff]")
LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): error (?P<code>GP\w+)")
ANY_ERROR = re.compile(r"(?:^|: )error (?P<code>GP\w+)")

# ---------------------------------------------------------------- pictures and outside files

def png(width, height, rgb=(200, 30, 30), bit_depth=8, colour_type=2, interlace=0, rows=None):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type, 3)
    row = b"\x00" + bytes(rgb[:channels] if channels <= 3 else rgb + (255,)) * width
    if bit_depth == 16:
        row = b"\x00" + b"".join(bytes([v, v]) for v in (rgb[:channels] if channels <= 3 else rgb + (255,))) * width
    raw = (row * height) if rows is None else rows
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, interlace)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def jpeg(path, device="jpeg", size=(40, 30)):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=" + device, f"-g{size[0]}x{size[1]}", "-r72",
                    "-o", path, "-c", "0.2 0.4 0.6 setrgbcolor clippath fill showpage"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


SECRET_TEXT = "OUTSIDESECRET7731"
SECRET_SIZE = (37, 23)


def make_outside(work):
    outside = os.path.join(work, "outside")
    os.makedirs(outside, exist_ok=True)
    with open(os.path.join(outside, "secret.png"), "wb") as f:
        f.write(png(*SECRET_SIZE, rgb=(10, 200, 10)))
    with open(os.path.join(outside, "secret.md"), "w", encoding="utf-8") as f:
        f.write("---\nkind: 通知\ntitle: 外部文件\n---\n" + SECRET_TEXT + "\n\n外部正文。\n")
    with open(os.path.join(outside, "secret.yaml"), "w", encoding="utf-8") as f:
        f.write("intro: " + SECRET_TEXT + "\n")
    os.makedirs(os.path.join(outside, "dir"), exist_ok=True)
    shutil.copy(os.path.join(outside, "secret.png"), os.path.join(outside, "dir", "figure.png"))
    return outside


# ---------------------------------------------------------------- text helpers

def read(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


def write(path, text, encoding="utf-8"):
    if encoding == "utf-8":
        try:
            data = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate on purpose: written as its (invalid) three bytes
            data = text.encode("utf-8", "surrogatepass")
    else:
        data = text.encode(encoding, "replace")
    with open(path, "wb") as f:
        f.write(data)


def split_front(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end > 0:
            return text[4:end], text[end + 5:]
    return None, text


def docs_of(root):
    d = os.path.join(root, "docs")
    # Regular files only: a document replaced by a link to /dev/zero or by a FIFO must not be read by the harness itself.
    if not os.path.isdir(d) or os.path.islink(d): return []
    return sorted(p for p in (os.path.join(d, n) for n in os.listdir(d) if n.endswith(".md"))
                  if os.path.isfile(p) and not os.path.islink(p))


# ---------------------------------------------------------------- issue mutations (each returns what it did)

YAML_VALUES = [
    "[]", "{}", "[[[]]]", "{title: {a: b}}", "- a\n  - b", "二〇二五", "2025.0", "+2025", "0x7E9", "0o3751", "1_000",
    "-0", "1e3", "2025-02-30", "2025-02-29", "2024-02-29T25:00:00", "1949-09-30", "2100-12-31", "2101-01-01",
    "'2025-12-28'", "!!str 2025", "!!int '7'", "!!timestamp 2025-12-28", "!!float 6", "!!null ''", "!!set {a, b}",
    "!!omap [a: 1]", "!!python/object:os.system ls", "<<", "=", "? complex key", "\"\\x00\"", "\"\\u202E反转\"",
    "\"\\U0001F600\"", "\"\\uD800\"", "'\u3000'", "\"\u00A0\"", "'" + "公" * 300 + "'", "\"line1\\nline2\"", ">-\n  折叠\n  文本",
    "|+\n  保留\n\n", "&anchor 值", "*undefined", "! 标签", "%TAG", "...", "---", "@@", "0b1010", "true", "No", "ON",
]
YAML_KEYS = ["title", "pinyin", "sponsor", "frequency", "edition_url", "year", "number", "cumulative", "published", "intro",
             "sections", "colophon", "cover", "back_cover", "editorial_board", "documents", "label", "value", "text",
             "qr_caption"]


def m_yaml_value(root, r):
    p = os.path.join(root, "issue.yaml"); t = read(p)
    key = r.choice(YAML_KEYS); val = r.choice(YAML_VALUES)
    pat = re.compile(r"^(\s*-?\s*)" + re.escape(key) + r":.*$", re.M)
    ms = list(pat.finditer(t))
    if not ms:
        return "yaml: no key " + key
    m = r.choice(ms)
    t = t[:m.start()] + m.group(1) + key + ": " + val + t[m.end():]
    write(p, t); return f"yaml {key} = {val[:30]!r}"


def m_yaml_sections(root, r):
    p = os.path.join(root, "issue.yaml"); t = read(p)
    ids = re.findall(r"documents:\s*\[([^\]]*)\]", t)
    allids = [i.strip() for s in ids for i in s.split(",") if i.strip()]
    kind = r.randrange(9)
    if kind == 0 and allids:  # a document listed twice (in two sections)
        t = t.replace("documents: [" + ids[-1] + "]", "documents: [" + ids[-1] + ", " + allids[0] + "]", 1)
    elif kind == 1:  # a section without documents
        t = re.sub(r"^sections:\n", "sections:\n  - title: 空栏目\n    documents: []\n", t, flags=re.M)
    elif kind == 2:  # a section without a title
        t = re.sub(r"^sections:\n  - title: [^\n]*\n", "sections:\n  -\n", t, flags=re.M)
    elif kind == 3:  # ids with path characters
        bad = r.choice(["../issue", "docs/x", "a\\b", "/etc/passwd", "CON", "中文编号", "with space", "x" * 300, ".", "..", "-",
                        "a:b", "a#b", "a?b", "%2e%2e", "~user", "id\ttab", "＿全角", "A\u0301", ""])
        t = t.replace("documents: [" + ids[0] + "]", "documents: [" + ids[0] + ", '" + bad + "']", 1)
        return f"sections: id {bad[:20]!r}"
    elif kind == 4:  # sections as a map
        t = re.sub(r"^sections:\n", "sections:\n  only: [" + (allids[0] if allids else "x") + "]\n_drop:\n", t, flags=re.M)
    elif kind == 5:  # documents as a string
        t = re.sub(r"documents:\s*\[([^\],]*)\]", r"documents: \1", t, count=1)
    elif kind == 6:  # 200 sections
        extra = "".join(f"  - title: 第{i}栏\n    documents: []\n" for i in range(200))
        t = re.sub(r"^sections:\n", "sections:\n" + extra, t, flags=re.M)
    elif kind == 7:  # all documents removed
        t = re.sub(r"documents:\s*\[[^\]]*\]", "documents: []", t)
    else:  # block style list with odd indentation
        t = re.sub(r"documents:\s*\[([^\]]*)\]", lambda m: "documents:\n" + "".join(
            "     - " + i.strip() + "\n" for i in m.group(1).split(",")), t, count=1)
    write(p, t); return f"sections kind {kind}"


def m_yaml_shape(root, r):
    p = os.path.join(root, "issue.yaml"); t = read(p)
    kind = r.randrange(12)
    if kind == 0: t = ""
    elif kind == 1: t = "# 只有注释\n"
    elif kind == 2: t = t + "\n---\nsecond: document\n"
    elif kind == 3: t = "%YAML 1.1\n---\n" + t
    elif kind == 4: t = t.replace("\n", "\n\n\n")
    elif kind == 5: t = t + "\n" + t  # every key twice
    elif kind == 6: t = t.replace("  ", "    ")  # deeper indentation everywhere
    elif kind == 7: t = "\t" + t
    elif kind == 8: t = t[: r.randrange(len(t))]  # truncated
    elif kind == 9: t = t + "\nintro2: " + "x" * 900_000 + "\n"
    elif kind == 10: t = t + "\n" + "nest:\n" + "".join("  " * i + f"k{i}:\n" for i in range(15)) + "  " * 15 + "v: 1\n"
    else: t = t + "\n" + "".join(f"unknown_{i}: {i}\n" for i in range(r.choice([50, 500, 5000])))
    write(p, t); return f"yaml shape {kind}"


FRONT_EDITS = [
    ("title", ["", "[]", "{a: b}", "'" + "长" * 199 + "'", "[" + ", ".join(["一行"] * 60) + "]", "'<b>粗</b>&amp;'", "'\u202E'"]),
    ("kind", ["未知", "", "[通知]", "'令'", "公告公告公告"]),
    ("doc_number", ["'" + "号" * 500 + "'", "'〔2025〕'", "[1]", "'\t'"]),
    ("date", ["2025-02-30", "0001-01-01", "1900-01-01", "2025-12-28T10:00:00+08:00", "明天", "20251228"]),
    ("addressee", ["'" + "各单位、" * 2000 + "'", "[a, b]", "'\u0007'"]),
    ("publicity", ["''", "[x]", "'（此件不公开）'"]),
]


def m_front(root, r):
    docs = docs_of(root)
    if not docs: return "no docs"
    p = r.choice(docs); t = read(p); front, body = split_front(t)
    if front is None: return "no front matter"
    kind = r.randrange(10)
    if kind < 5:
        key, vals = r.choice(FRONT_EDITS); val = r.choice(vals)
        m = re.search(r"^" + key + r":.*$", front, re.M)
        front = (front[:m.start()] + key + ": " + val + front[m.end():]) if m else front + "\n" + key + ": " + val
        what = f"front {key}={val[:20]!r}"
    elif kind == 5:
        front = re.sub(r"^qr:.*?(?=^\S|\Z)", "qr:\n  url: " + r.choice(
            ["javascript:alert(1)", "file:///etc/passwd", "ftp://x", "'http://" + "a" * 3000 + ".cn/'", "data:text/html,x", "''",
             "http://[::1", "http://例子.中国/路径"]) + "\n  caption: 扫码\n", front, flags=re.M | re.S)
        what = "front qr url"
    elif kind == 6:
        front = re.sub(r"width_mm: \d+", "width_mm: " + r.choice(["0", "-5", "100000", "1e9", "nan", "'20'"]), front)
        what = "front qr size"
    elif kind == 7:
        front = front + "\nsignature:\n  issuers: " + r.choice(["[]", "x", "[" + ",".join(["单位"] * 300) + "]", "{a: b}"]) + \
            "\n  date: 2025-01-01\n"
        what = "front signature"
    elif kind == 8:
        t = r.choice(["---\n" + front + "\n" + body, "---\n" + front + "\n--\n" + body, front + "\n---\n" + body,
                      "---\r\n" + front.replace("\n", "\r\n") + "\r\n---\r\n" + body, "\ufeff---\n" + front + "\n---\n" + body])
        write(p, t); return "front delimiters"
    else:
        front = front + "\nattachments:\n" + "".join(f"  - 附件{i}\n" for i in range(r.choice([1, 50, 2000])))
        what = "front attachments"
    write(p, "---\n" + front + "\n---\n" + body); return what + " in " + os.path.basename(p)


BODY_SNIPPETS = [
    "<script>alert('晋城')</script>", "<img src=\"/etc/passwd\">", "<iframe src=\"http://x\"></iframe>", "<div>块级文字</div>",
    "<!-- 注释里的文字 -->", "<span style=\"display:none\">藏起来的字</span>", "&#0;", "&#xD800;", "&#x10FFFF;", "&#1114112;",
    "&nbsp;&ensp;&emsp;", "&bogus;", "[^1]\n\n[^1]: 脚注文字", "[ref]\n\n[ref]: http://www.jcgov.gov.cn/", "<http://www.jcgov.gov.cn/>",
    "<file:///etc/passwd>", "[本地](file:///etc/passwd)", "[数据](data:text/html;base64,PHNjcmlwdD4=)", "[相对](../../etc/passwd)",
    "[空]()", "[]()", "[锚](#)", "[中文锚](#第一章)", "```\n未结束的代码块\n", "```js\nvar a = 1;\n```", "~~~\n代码\n~~~",
    "######## 八级标题", "###### 六级标题", "#" + "标" * 3000, "- [ ] 任务", "1) 列表", "999999999999. 大序号", "0. 零序号",
    "* * *", "___", "a  \nb", "$x^2$", "\\(x\\)", "|a|\n|-|\n|" + "<br>" * 500 + "|", "> > > > > 引用" * 3,
    "\u3000\u3000全角空格开头的段落", "第一条\u3000" + "很长的条款文字，" * 800, "\t制表符缩进",
    "".join("  " * i + "- 层\n" for i in range(30)), "".join(">" * i + " 引\n" for i in range(1, 40)),
    "|" + "|".join(f"列{i}" for i in range(60)) + "|\n|" + "-|" * 60 + "\n|" + "|".join("值" for _ in range(60)) + "|",
    "|甲|乙|\n|-|-|\n|" + "甲乙丙丁" * 500 + "|短|", "|a|b|\n|:-:|--:|\n|1|\n|1|2|3|4|",
    "::: keyvalue\n" + "".join(f"键{i}：值{i}\n" for i in range(500)) + ":::", "::: signature\n:::", "::: \n空\n:::",
    "{#dup}\n\n段落{#dup}", "# 重复 {#h-2}", "**" * 500, "_" * 3000, "<" * 2000, "&" * 2000,
]
CHARS = ["\U0001F1E8\U0001F1F3", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "a" + "\u0301" * 500, "\u0E01\u0E34\u0E4C",
         "\u0F40\u0F7C", "\u1820\u1821", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\U0002A6D6",
         "\U00030000", "\U000F0000", "\uFFFF", "\U0010FFFF", "\u2FF0\u4E00\u4E00", "\u303F", "\u2028", "\u0085", "\u000C",
         "\u000B", "\u200C", "\u00AD" * 50, "\uFE0E", "\U000E0001", "\u206F", "\uDB80", "\u3400", "\u31C0", "\u2F00",
         "\u4DC0", "\uF900", "\uFF61", "\u3099", "\u309A", "㍿", "\u24EA", "\u2460", "\U0001D400", "\u00DF", "\u0130"]


def m_body(root, r):
    docs = docs_of(root)
    if not docs: return "no docs"
    p = r.choice(docs); t = read(p); front, body = split_front(t)
    paras = body.split("\n\n")
    kind = r.randrange(6)
    if kind < 3:
        s = r.choice(BODY_SNIPPETS); i = r.randrange(len(paras) + 1)
        paras.insert(i, s); what = f"body snippet {s[:25]!r}"
    elif kind == 3:
        c = r.choice(CHARS); i = r.randrange(len(paras))
        j = r.randrange(len(paras[i]) + 1); paras[i] = paras[i][:j] + c + paras[i][j:]
        what = f"body char {c[:4].encode('unicode_escape')[:24]}"
    elif kind == 4:
        op = r.randrange(4)
        if op == 0: paras = paras * r.choice([5, 40])
        elif op == 1: paras = [q.replace("\n", " ") for q in paras]
        elif op == 2: paras = ["\n".join(list(q)) for q in paras[:5]] + paras[5:]
        else: paras = [q + "\n\n" + "\n" * 3000 for q in paras[:2]] + paras[2:]
        what = f"body shape {op}"
    else:
        size = r.choice([500_000, 1_900_000, 2_200_000])
        paras.append("一二三四五六七八九十" * (size // 30))
        what = f"body size {size}"
    front_text = "---\n" + front + "\n---\n" if front is not None else ""
    write(p, front_text + "\n\n".join(paras)); return what + " in " + os.path.basename(p)


def m_pictures(root, r, outside):
    docs = docs_of(root)
    if not docs: return "no docs"
    p = r.choice(docs); t = read(p)
    img = os.path.join(root, "images"); os.makedirs(img, exist_ok=True)
    kind = r.randrange(16); name = f"p{kind}.png"; target = os.path.join(img, name)
    if kind == 0: open(target, "wb").write(png(1, 1))
    elif kind == 1: open(target, "wb").write(png(100000, 100000, rows=b""))  # huge header, no data
    elif kind == 2: open(target, "wb").write(png(30, 20, bit_depth=16))
    elif kind == 3: open(target, "wb").write(png(30, 20, colour_type=6))
    elif kind == 4: open(target, "wb").write(png(30, 20, interlace=1))  # says interlaced, is not
    elif kind == 5: open(target, "wb").write(png(30, 20)[:-12])  # no IEND
    elif kind == 6: name = "p6.jpg"; jpeg(os.path.join(img, name))
    elif kind == 7: name = "p7.jpg"; jpeg(os.path.join(img, name), device="jpegcmyk")
    elif kind == 8: name = "p8.jpg"; jpeg(os.path.join(img, name), device="jpeggray")
    elif kind == 9: name = "p9.png"; jpeg(target)  # a JPEG named .png
    elif kind == 10: os.symlink(os.path.join(outside, "secret.png"), target)
    elif kind == 11: os.symlink("../../outside/secret.png", target)  # relative link out
    elif kind == 12:
        shutil.rmtree(img); os.symlink(os.path.join(outside, "dir"), img); name = "figure.png"
    elif kind == 13: os.mkdir(target)  # a folder named .png
    elif kind == 14: os.mkfifo(target)
    else:
        a = os.path.join(img, "loop-a.png"); b = os.path.join(img, "loop-b.png")
        os.symlink(b, a); os.symlink(a, b); name = "loop-a.png"
    alt = r.choice(["图", "", "很长的说明" * 100, "带\"引号\"的图"])
    ref = r.choice([f"images/{name}", f"./images/{name}", f"images//{name}", f"images/{name.upper()}", f"images/{name}?x=1",
                    f"images/{name} \"标题\"", f"<images/{name}>"])
    write(p, t + f"\n\n![{alt}]({ref})\n"); return f"picture kind {kind} as {ref[:30]!r} in " + os.path.basename(p)


def m_files(root, r, outside):
    docs = docs_of(root); kind = r.randrange(14)
    d = r.choice(docs) if docs else None
    if kind == 0 and d: os.remove(d); os.symlink(os.path.join(outside, "secret.md"), d)
    elif kind == 1: shutil.rmtree(os.path.join(root, "docs")); os.symlink(os.path.join(outside), os.path.join(root, "docs"))
    elif kind == 2: os.remove(os.path.join(root, "issue.yaml")); os.symlink(os.path.join(outside, "secret.yaml"), os.path.join(root, "issue.yaml"))
    elif kind == 3 and d: os.remove(d); os.mkdir(d)
    elif kind == 4 and d: os.remove(d); os.mkfifo(d)
    elif kind == 5 and d: os.remove(d); os.symlink("/dev/zero", d)
    elif kind == 6 and d: os.remove(d); os.symlink("/proc/self/environ", d)
    elif kind == 7 and d:  # a link that stays inside (must work)
        inner = os.path.join(root, "store"); os.makedirs(inner, exist_ok=True)
        shutil.move(d, os.path.join(inner, os.path.basename(d))); os.symlink(os.path.join("..", "store", os.path.basename(d)), d)
    elif kind == 8 and d:  # NFD name for the file
        import unicodedata
        os.rename(d, os.path.join(os.path.dirname(d), unicodedata.normalize("NFD", "é-" + os.path.basename(d))))
    elif kind == 9: open(os.path.join(root, "docs", "unlisted.md"), "w").write("---\ntitle: 未列入\n---\n正文\n")
    elif kind == 10: open(os.path.join(root, "docs", ".hidden.md"), "w").write("x")
    elif kind == 11: os.remove(os.path.join(root, "issue.yaml")); os.mkdir(os.path.join(root, "issue.yaml"))
    elif kind == 12 and d: os.remove(d); os.symlink(os.path.basename(d), d)  # links to itself
    elif kind == 13: shutil.rmtree(os.path.join(root, "docs")); open(os.path.join(root, "docs"), "w").write("x")
    else: return "files: nothing"
    return f"files kind {kind}"


def m_encoding(root, r):
    paths = [os.path.join(root, "issue.yaml")] + docs_of(root); p = r.choice(paths)
    if not os.path.isfile(p) or os.path.islink(p): return "encoding: skipped"
    raw = open(p, "rb").read(); kind = r.randrange(10)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "encoding: not utf-8"
    if kind == 0: out = text.encode("utf-16-be")
    elif kind == 1: out = b"\xff\xfe" + text.encode("utf-16-le")
    elif kind == 2: out = text.encode("utf-32")
    elif kind == 3: out = text.encode("big5", "replace")
    elif kind == 4: out = text.encode("shift_jis", "replace")
    elif kind == 5: out = text.encode("gbk", "replace")
    elif kind == 6:  # overlong encodings and lone continuation bytes
        i = r.randrange(len(raw)); out = raw[:i] + r.choice([b"\xc0\xaf", b"\xe0\x80\xaf", b"\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]) + raw[i:]
    elif kind == 7: out = raw.replace(b"\n", b"\r")
    elif kind == 8: out = raw.replace(b"\n", b"\n\x00")
    else: out = b"\xef\xbb\xbf\xef\xbb\xbf" + raw  # two BOMs
    open(p, "wb").write(out); return f"encoding {kind} of {os.path.basename(p)}"


def mutate_issue(root, r, outside):
    done = []
    for _ in range(1 if r.random() < 0.6 else r.randint(2, 3)):
        k = r.randrange(100)
        if k < 14: done.append(m_yaml_value(root, r))
        elif k < 24: done.append(m_yaml_sections(root, r))
        elif k < 31: done.append(m_yaml_shape(root, r))
        elif k < 45: done.append(m_front(root, r))
        elif k < 70: done.append(m_body(root, r))
        elif k < 82: done.append(m_pictures(root, r, outside))
        elif k < 92: done.append(m_files(root, r, outside))
        else: done.append(m_encoding(root, r))
    return done


# ---------------------------------------------------------------- import text mutations

def mutate_import(text, r):
    kind = r.randrange(16); lines = text.split("\n")
    if kind == 0: lines = [l.translate(str.maketrans("0123456789", "０１２３４５６７８９")) for l in lines]; t = "\n".join(lines)
    elif kind == 1: t = "\n".join(l for l in lines if r.random() > 0.2)
    elif kind == 2: t = text[: r.randrange(len(text))]
    elif kind == 3: t = text * 20
    elif kind == 4: t = text.replace("\n", " ")
    elif kind == 5: t = "\n".join(r.choice(CHARS) + l if r.random() < 0.1 else l for l in lines)
    elif kind == 6: t = "\n".join(l + "\n附件：" + r.choice(["１．", "1.", "①", "一、", "(1)", "1、", "１、１．"]) + "附件名称" if r.random() < 0.05 else l for l in lines)
    elif kind == 7: t = "\n".join(l.replace("〔", "[").replace("〕", "]") for l in lines)
    elif kind == 8: t = "\n".join(re.sub(r"(\d{4})年", lambda m: str(int(m.group(1)) + r.choice([-3000, 7000, 0])) + "年", l) for l in lines)
    elif kind == 9: t = ""
    elif kind == 10: t = "".join(chr(r.randrange(32, 0x9FFF)) for _ in range(5000))
    elif kind == 11: t = "\n".join(lines[i] for i in sorted(range(len(lines)), key=lambda _: r.random()))
    elif kind == 12: t = text.replace("\n", "\r\n")
    elif kind == 13: t = "\n".join(l * 200 if r.random() < 0.01 else l for l in lines)
    elif kind == 14: t = "\n".join(("网址：<http://www.jcgov.gov.cn/" + "a" * r.choice([0, 3000]) + ">" if r.random() < 0.02 else l) for l in lines)
    else: t = "\n".join(l + "\u0000" if r.random() < 0.05 else l for l in lines)
    enc = r.choice(["utf-8"] * 6 + ["gb18030", "utf-16", "big5", "utf-8-sig"])
    return t.encode(enc, "replace"), f"import kind {kind} as {enc}"


# ---------------------------------------------------------------- PDF mutations (structural, via qpdf --qdf)

def mutate_pdf(qdf, compressed, r, work):
    kind = r.randrange(18); b = qdf
    def sub(pattern, repl, data, count=1):
        return re.sub(pattern, repl, data, count=count)
    if kind == 0: b = sub(rb"/MediaBox \[[^\]]*\]", r.choice([b"/MediaBox [0 0 0 0]", b"/MediaBox [1e308 0 -1e308 5]", b"/MediaBox []", b"/MediaBox 7"]), b, 0)
    elif kind == 1: b = sub(rb"/Filter /FlateDecode", r.choice([b"/Filter /LZWDecode", b"/Filter /JBIG2Decode", b"/Filter /Crypt", b"/Filter [/ASCIIHexDecode /FlateDecode]", b"/Filter /Nope"]), b, 0)
    elif kind == 2: b = sub(rb"/Length \d+", r.choice([b"/Length -5", b"/Length 99999999999", b"/Length 3 0 R", b"/Length 0"]), b, r.randrange(1, 5))
    elif kind == 3: b = sub(rb"stream\n", b"stream\n" + b"[" * 100000 + b"\n", b, 3)  # deep arrays in content
    elif kind == 4: b = sub(rb"/Rotate \d+|/Type /Page\b", b"/Type /Page /Rotate 45", b, 0)
    elif kind == 5: b = sub(rb"endstream", b"", b, 1)
    elif kind == 6: b = sub(rb"\d+ 0 obj", b"2147483647 65535 obj", b, 1)
    elif kind == 7: b = sub(rb"/Kids \[", b"/Kids [ 1 0 R ", b, 1)
    elif kind == 8: b = sub(rb"/Font <<", b"/Font << /F999 << /Type /Font /Subtype /Type3 /FontMatrix [0 0 0 0 0 0] /CharProcs << >> >>", b, 1)
    elif kind == 9: b = sub(rb"\(", b"(((((((" , b, 50)
    elif kind == 10: b = sub(rb"/OutputIntents \[", b"/OutputIntents [ << /S /GTS_PDFX /DestOutputProfile 999999 0 R >> ", b, 1)
    elif kind == 11: b = sub(rb"/BleedBox \[[^\]]*\]|/TrimBox \[[^\]]*\]", b"/TrimBox [0 0 -1 -1]", b, 0)
    elif kind == 12: b = b + b"\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev " + str(len(b)).encode() + b" >>\nstartxref\n" + str(len(b) + 1).encode() + b"\n%%EOF\n"
    elif kind == 13: b = sub(rb"/Count \d+", r.choice([b"/Count -1", b"/Count 2147483648", b"/Count 0"]), b, 0)
    elif kind == 14: b = compressed.replace(b"/W [", b"/W [ 9 9 9 ", 1)
    elif kind == 15: b = compressed.replace(b"/Index [", b"/Index [ -5 99999999 ", 1) if b"/Index [" in compressed else compressed.replace(b"/Type /XRef", b"/Type /XRef /Index [ 0 999999999 ]", 1)
    elif kind == 16: b = compressed[: r.randrange(len(compressed))] + compressed[-200:]
    else: b = sub(rb"/Contents (\d+) 0 R", b"/Contents [ \\1 0 R \\1 0 R \\1 0 R 99 0 R ]", b, 0)
    return b, f"pdf kind {kind}"


# ---------------------------------------------------------------- running and judging

def run(cmd, timeout, cwd=None):
    rss_file = os.path.join(cwd or "/tmp", f".rss-{os.getpid()}-{threading.get_ident()}")
    t0 = time.time()
    # Its own process group, so that a timeout ends the command itself, not only /usr/bin/time.
    p = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", rss_file] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=cwd, env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1"), start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        rc, out, err = p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, err = p.communicate()
        rc, out, err = "timeout", out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    try:
        rss = int(open(rss_file).read().strip().splitlines()[-1]) // 1024
        os.remove(rss_file)
    except Exception:
        rss = None
    return rc, out, err, rss, time.time() - t0


def crashed(rc, out, err):
    return rc == "timeout" or rc not in (0, 1) or "Unhandled exception" in err or "Unhandled exception" in out


def snapshot(root):
    """Names, link targets, bytes of everything under root (links not followed)."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for n in sorted(dirnames + filenames):
            p = os.path.join(dirpath, n); st = os.lstat(p)
            h.update(p.encode("utf-8", "surrogateescape") + str(st.st_mode).encode())
            if os.path.islink(p): h.update(os.readlink(p).encode("utf-8", "surrogateescape"))
            elif os.path.isfile(p) and not n.endswith(".fifo"):
                import stat
                if stat.S_ISREG(st.st_mode): h.update(open(p, "rb").read())
    return h.hexdigest()


def folder_files(folder):
    if not os.path.isdir(folder): return {}
    return {n: hashlib.sha256(open(os.path.join(folder, n), "rb").read()).hexdigest()
            for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n))}


def pdf_text(path):
    p = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True)
    return p.stdout.decode("utf-8", "replace")


def epub_text(path):
    with zipfile.ZipFile(path) as z:
        return "".join(re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8", "replace")) for n in z.namelist() if n.endswith(".xhtml"))


def source_cjk(root, ids):
    """CJK characters of the titles and bodies of the documents the build says it built (an unlisted file is not part of the issue)."""
    c = collections.Counter()
    for p in docs_of(root):
        if os.path.basename(p)[:-3] not in ids: continue
        try:
            t = open(p, "rb").read().decode("utf-8")
        except Exception:
            continue
        front, body = split_front(t.lstrip("\ufeff"))
        body = re.sub(r"<!--.*?-->", "", body, flags=re.S)  # comments are not content
        body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)  # a picture's alt text and title are descriptions, not printed text
        c.update(CJK.findall(body))
        if front:
            m = re.search(r"^title:(.*?)(?=^\w)", front + "\nz", re.M | re.S)
            if m: c.update(CJK.findall(m.group(1)))
    return c


def missing(need, have_text):
    have = collections.Counter(CJK.findall(have_text))
    return {ch: n - have[ch] for ch, n in need.items() if have[ch] < n}


class Tally:
    def __init__(self):
        self.lock = threading.Lock(); self.counts = collections.Counter(); self.cases = []; self.unlocated = collections.Counter()

    def add(self, case, problems, extra=None, keep=None):
        if problems and keep:
            os.makedirs(keep, exist_ok=True)
            json.dump(dict(case, problems=problems), open(os.path.join(keep, "case.json"), "w"), ensure_ascii=False, indent=1)
        with self.lock:
            self.counts["cases:" + case["kind"]] += 1
            for p in problems: self.counts[p] += 1
            for k, v in (extra or {}).items(): self.counts[k] += v
            if problems: self.cases.append(dict(case, problems=problems))


def judge_errors(out, tally):
    located = unlocated = 0
    for line in out.splitlines():
        if LOCATED.match(line): located += 1
        elif ANY_ERROR.search(line):
            unlocated += 1
            with tally.lock: tally.unlocated[ANY_ERROR.search(line).group("code") + " " + line[:140]] += 1
    return located, unlocated


def issue_case(i, args, tally, bases, references, shared_outside):
    r = random.Random(args.seed * 1_000_003 + i)
    base = r.choice(bases); case_dir = os.path.join(args.work, "issues", f"{i:04d}")
    root = os.path.join(case_dir, os.path.basename(base))
    shutil.copytree(base, root, symlinks=True)
    # Each case has its own outside folder (beside the issue): a mutation that links docs/ there writes into it.
    outside = os.path.join(case_dir, "outside"); shutil.copytree(shared_outside, outside)
    what = mutate_issue(root, r, outside)
    before = snapshot(root) + snapshot(outside)
    case = {"kind": "issue", "id": i, "base": os.path.basename(base), "what": what}
    problems = []
    rc, out, err, rss, secs = run(["dotnet", args.cli, "check", root, "--lang", "en"], 120)
    case.update(check_rc=rc, check_rss=rss, check_s=round(secs, 1))
    if crashed(rc, out, err): problems.append("crash:check"); case["check_err"] = err[-2000:]
    if rss and rss > 400: problems.append("memory:check")
    located, unlocated = judge_errors(out, tally)
    if unlocated: problems.append("unlocated-error")
    check_docs = None
    if rc == 0 or r.random() < args.json_share:
        jrc, jout, jerr, _, _ = run(["dotnet", args.cli, "check", root, "--json", "--lang", "en"], 120)
        if crashed(jrc, jout, jerr): problems.append("crash:check-json")
        try:
            j = json.loads(jout); check_docs = len(j.get("documents", []))
            if (jrc == 0) != (rc == 0): problems.append("check-json-disagrees")
        except Exception:
            if jrc in (0, 1): problems.append("check-json-invalid")
    # build into a folder that holds the previous set
    do_build = rc == 0 or r.random() < args.build_rejected
    if do_build:
        out_dir = os.path.join(case_dir, "out"); shutil.copytree(references[base], out_dir)
        old = folder_files(out_dir)
        brc, bout, berr, brss, bsecs = run(["dotnet", args.cli, "build", root, "-o", out_dir, "--lang", "en"], 600)
        case.update(build_rc=brc, build_s=round(bsecs, 1))
        if crashed(brc, bout, berr): problems.append("crash:build"); case["build_err"] = (berr + bout)[-2000:]
        if rc == 0 and brc == 1: problems.append("check-clean-build-fails"); case["build_out"] = bout[-3000:]
        if rc == 1 and brc == 0: problems.append("check-rejects-build-accepts")
        leftovers = [n for n in os.listdir(case_dir) if "gazettepress" in n and not n.endswith("-lock")] + \
                    [n for n in os.listdir(out_dir) if ".tmp" in n]
        if leftovers: problems.append("leftover-files"); case["leftovers"] = leftovers
        now = folder_files(out_dir)
        if brc != 0:
            if now != old: problems.append("half-written:failed-build-changed-out")
        else:
            try:
                bj = json.load(open(os.path.join(out_dir, "build.json"), encoding="utf-8"))
                outputs = set(bj["outputs"]) | {"build.json", "build-timings.json"}
                stale = set(now) - outputs
                if stale: problems.append("half-written:stale-files"); case["stale"] = sorted(stale)
                for n in bj["outputs"]:
                    f = os.path.join(out_dir, n)
                    if n.endswith(".pdf") and subprocess.run(["qpdf", "--check", f], capture_output=True).returncode not in (0, 3):
                        problems.append("half-written:bad-pdf")
                    if n.endswith(".epub") and zipfile.ZipFile(f).testzip() is not None: problems.append("half-written:bad-epub")
                docs = bj["documents"]
                if check_docs is not None and len(docs) != check_docs: problems.append("lost:document-count"); case["docs"] = (check_docs, len(docs))
                if any(d.get("firstFolio") in (None, "") for d in docs): problems.append("lost:no-folio")
                screen = [n for n in bj["outputs"] if n.endswith(".pdf") and not n.endswith("-print.pdf")][0]
                epub = [n for n in bj["outputs"] if n.endswith(".epub")][0]
                ptext = pdf_text(os.path.join(out_dir, screen)); etext = epub_text(os.path.join(out_dir, epub))
                need = source_cjk(root, {d["id"] for d in docs})
                mp, me = missing(need, ptext), missing(need, etext)
                if mp: problems.append("lost:chars-in-pdf"); case["missing_pdf"] = "".join(sorted(mp))[:200]
                if me: problems.append("lost:chars-in-epub"); case["missing_epub"] = "".join(sorted(me))[:200]
                ptext_print = pdf_text(os.path.join(out_dir, screen.replace(".pdf", "-print.pdf")))
                if SECRET_TEXT in ptext + etext + ptext_print: problems.append("leaked:text")
                with zipfile.ZipFile(os.path.join(out_dir, epub)) as z:
                    secret = open(os.path.join(outside, "secret.png"), "rb").read()
                    if any(z.read(n) == secret for n in z.namelist()): problems.append("leaked:picture-epub")
                lst = subprocess.run(["pdfimages", "-list", os.path.join(out_dir, screen)], capture_output=True).stdout.decode()
                if re.search(rf"^\s*\d+\s+\d+\s+\w+\s+{SECRET_SIZE[0]}\s+{SECRET_SIZE[1]}\s", lst, re.M): problems.append("leaked:picture-pdf")
            except Exception as e:
                problems.append("judge-error"); case["judge_error"] = repr(e)
    if snapshot(root) + snapshot(outside) != before: problems.append("input-modified")
    keep = os.path.join(args.work, "keep", f"issue-{i:04d}")
    if problems: shutil.copytree(case_dir, keep, symlinks=True, dirs_exist_ok=True)
    tally.add(case, problems, {"errors-located": located, "errors-unlocated": unlocated,
                               "check-clean": int(rc == 0), "builds": int(do_build)}, keep)
    shutil.rmtree(case_dir, ignore_errors=True)


def import_case(i, args, tally, texts):
    r = random.Random(args.seed * 7_000_003 + i)
    src = r.choice(texts); data, what = mutate_import(read(src), r)
    case_dir = os.path.join(args.work, "imports", f"{i:04d}"); os.makedirs(case_dir)
    txt = os.path.join(case_dir, "in.txt"); open(txt, "wb").write(data); before = hashlib.sha256(data).hexdigest()
    out_dir = os.path.join(case_dir, "issue")
    case = {"kind": "import", "id": i, "src": os.path.basename(src), "what": what}; problems = []
    rc, out, err, rss, secs = run(["dotnet", args.cli, "import", txt, "-o", out_dir, "--lang", "en"], 300)
    case.update(import_rc=rc, import_s=round(secs, 1))
    if crashed(rc, out, err): problems.append("crash:import"); case["err"] = (err + out)[-2000:]
    if rc == 0:
        crc, cout, cerr, _, _ = run(["dotnet", args.cli, "check", out_dir, "--lang", "en"], 120)
        if crashed(crc, cout, cerr): problems.append("crash:check-of-import")
        if crc == 1:
            codes = sorted(set(m.group("code") for m in ANY_ERROR.finditer(cout)))
            # Characters of the text no font has (GP017) or nothing prints (GP1075) are the text's, kept as they are, for the editor.
            kind = "import-output-rejected-by-check" + (":characters-of-the-text" if set(codes) <= {"GP017", "GP1017", "GP1075"} else "")
            problems.append(kind); case["codes"] = codes; case["check_out"] = cout[:1500]
        elif crc == 0 and r.random() < args.build_imports:
            brc, bout, berr, _, _ = run(["dotnet", args.cli, "build", out_dir, "-o", os.path.join(case_dir, "out"), "--lang", "en"], 600)
            if crashed(brc, bout, berr): problems.append("crash:build-of-import")
            if brc == 1: problems.append("import-check-clean-build-fails"); case["build_out"] = bout[-2000:]
    if hashlib.sha256(open(txt, "rb").read()).hexdigest() != before: problems.append("input-modified")
    keep = os.path.join(args.work, "keep", f"import-{i:04d}")
    if problems: shutil.copytree(case_dir, keep, dirs_exist_ok=True)
    tally.add(case, problems, keep=keep)
    shutil.rmtree(case_dir, ignore_errors=True)


def pdf_case(i, args, tally, qdf, compressed, specials):
    r = random.Random(args.seed * 9_000_011 + i)
    case_dir = os.path.join(args.work, "pdfs", f"{i:04d}"); os.makedirs(case_dir)
    if i < len(specials):
        path, what = specials[i], "special " + specials[i]
    else:
        data, what = mutate_pdf(qdf, compressed, r, case_dir)
        path = os.path.join(case_dir, "print.pdf"); open(path, "wb").write(data)
    case = {"kind": "pdf", "id": i, "what": what}; problems = []
    rc, out, err, rss, secs = run(["dotnet", args.cli, "preflight", path, "--lang", "en"], 120)
    case.update(rc=rc, secs=round(secs, 1), rss=rss)
    if crashed(rc, out, err): problems.append("crash:preflight"); case["err"] = (err + out)[-2000:]
    if rc in (0, 1) and not re.search(r"^(PASS|FAIL) ", out, re.M) and "error" not in (out + err): problems.append("preflight-no-verdict")
    if rss and rss > 600: problems.append("memory:preflight")
    keep = os.path.join(args.work, "keep", f"pdf-{i:04d}")
    if problems: shutil.copytree(case_dir, keep, dirs_exist_ok=True)
    tally.add(case, problems, keep=keep)
    shutil.rmtree(case_dir, ignore_errors=True)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--cli", required=True); a.add_argument("--work", required=True)
    a.add_argument("--issues", type=int, default=300); a.add_argument("--imports", type=int, default=100)
    a.add_argument("--pdfs", type=int, default=200); a.add_argument("--seed", type=int, default=1)
    a.add_argument("--jobs", type=int, default=2); a.add_argument("--build-rejected", type=float, default=0.15)
    a.add_argument("--build-imports", type=float, default=0.3)
    a.add_argument("--json-share", type=float, default=0.3)
    args = a.parse_args(); args.cli = os.path.abspath(args.cli); args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    outside = make_outside(args.work)
    bases = [os.path.join(REPO, "tests/data/issues/mini-2025-06")] * 3 + [os.path.join(REPO, "samples", s) for s in sorted(os.listdir(os.path.join(REPO, "samples"))) if os.path.isdir(os.path.join(REPO, "samples", s))]
    references = {}
    for b in sorted(set(bases)):
        ref = os.path.join(args.work, "reference", os.path.basename(b))
        if not os.path.isdir(ref):
            rc, out, err, _, _ = run(["dotnet", args.cli, "build", b, "-o", ref, "--lang", "en"], 600)
            assert rc == 0, out + err
        references[b] = ref
    tally = Tally(); t0 = time.time()
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(issue_case, i, args, tally, bases, references, outside) for i in range(args.issues)]
        texts = [os.path.join(REPO, "tests/data/corpus", n) for n in sorted(os.listdir(os.path.join(REPO, "tests/data/corpus")))]
        futures += [pool.submit(import_case, i, args, tally, texts) for i in range(args.imports)]
        if args.pdfs:
            base_pdf = os.path.join(references[bases[0]], [n for n in os.listdir(references[bases[0]]) if n.endswith("-print.pdf")][0])
            qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", base_pdf, "-"], capture_output=True).stdout
            compressed = subprocess.run(["qpdf", "--object-streams=generate", base_pdf, "-"], capture_output=True).stdout
            sp = os.path.join(args.work, "special"); os.makedirs(sp, exist_ok=True)
            fifo = os.path.join(sp, "fifo.pdf")
            if not os.path.exists(fifo): os.mkfifo(fifo)
            loop = os.path.join(sp, "loop.pdf")
            if not os.path.lexists(loop): os.symlink(loop, loop)
            open(os.path.join(sp, "empty.pdf"), "wb").close()
            open(os.path.join(sp, "png.pdf"), "wb").write(png(10, 10))
            open(os.path.join(sp, "header.pdf"), "wb").write(b"%PDF-1.7\n")
            specials = ["/dev/zero", fifo, sp, loop, os.path.join(sp, "empty.pdf"), os.path.join(sp, "png.pdf"),
                        os.path.join(sp, "header.pdf"), os.path.join(sp, "missing.pdf")]
            futures += [pool.submit(pdf_case, i, args, tally, qdf, compressed, specials) for i in range(args.pdfs)]
        for n, f in enumerate(cf.as_completed(futures)):
            f.result()
            if n % 10 == 0:
                print(f"{n}/{len(futures)} {time.time() - t0:.0f}s {dict((k, v) for k, v in tally.counts.items() if not k.startswith('errors'))}", flush=True)
    report = {"seed": args.seed, "seconds": round(time.time() - t0), "counts": dict(sorted(tally.counts.items())),
              "unlocated": dict(tally.unlocated.most_common()), "failures": tally.cases}
    json.dump(report, open(os.path.join(args.work, "report.json"), "w"), ensure_ascii=False, indent=1)
    print(json.dumps({k: report[k] for k in ("seed", "seconds", "counts", "unlocated")}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
