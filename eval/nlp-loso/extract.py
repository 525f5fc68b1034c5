#!/usr/bin/env python3
"""Text per case: every string a case's files say (speech, reprompts, cards, sample utterances,
slot values, invocation names, descriptions, permissions, URLs ...), plus KEY=true/false tokens
for boolean fields (e.g. shouldEndSession=false, expectUserResponse=true, isChildDirected=false).
Generic walk: JSON/JSONL/NDJSON/HAR/ipynb/snap parsed as JSON (strings that themselves hold JSON are
parsed recursively); YAML via PyYAML; logs/txt/out: each line's embedded JSON is parsed, the rest of
the line kept as text (timestamps/request ids dropped); CSV/MD as text; XML with tags stripped;
JS/PY: string literals. Bounds: 400 chars per string, 20k chars per file, 60k per case.
Keys are not emitted (except for booleans); id-like strings (no space, >24 chars, or amzn1./uuid/
timestamps) are dropped.
usage: [NLP_SETS=61] extract.py OUT.jsonl   (reads eval/skills*/labels.json + cases of this repository, or $EVAL_DIR)"""
import json, os, re, sys
import yaml

EVAL = os.environ.get("EVAL_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# NLP_SETS=N: sets 1..N (default 17, the sets of the leave-one-set-out run); split.py uses 61
SETS = ["skills"] + [f"skills{i}" for i in range(2, int(os.environ.get("NLP_SETS", "17")) + 1)]
MAXS, MAXF, MAXC = 400, 20000, 60000
IDLIKE = re.compile(r"^(amzn1\.|arn:|[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d\d-\d\dT|[A-Za-z0-9+/=_\-.:]{25,}$)")
TSLINE = re.compile(r"^\s*\[?\d{4}-\d\d-\d\d[T ][\d:.,Z+\-]*\]?\s*")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")

def walk(o, out, key="", depth=0):
    if depth > 40:
        return
    if isinstance(o, dict):
        for k, v in o.items():
            walk(v, out, str(k), depth + 1)
    elif isinstance(o, list):
        for v in o:
            walk(v, out, key, depth + 1)
    elif isinstance(o, bool):
        out.append(f"{key}={'true' if o else 'false'}")
    elif isinstance(o, str):
        s = o.strip()
        if not s:
            return
        if s[0] in "{[" and len(s) > 1:
            try:
                walk(json.loads(s), out, key, depth + 1); return
            except ValueError:
                pass
        if IDLIKE.match(s) and " " not in s:
            return
        out.append(s[:MAXS])

def text_lines(txt, out):
    dec = json.JSONDecoder()
    for line in txt.splitlines():
        line = UUID.sub(" ", TSLINE.sub("", line))
        i = line.find("{")
        if i >= 0:
            try:
                obj, end = dec.raw_decode(line[i:])
                pre = line[:i].strip()
                if pre: out.append(pre[:MAXS])
                walk(obj, out)
                rest = line[i + end:].strip()
                if rest: out.append(rest[:MAXS])
                continue
            except ValueError:
                pass
        line = line.strip()
        if line:
            out.append(line[:MAXS])

STRLIT = re.compile(r"""(["'`])((?:\\.|(?!\1).){2,400}?)\1""")

def file_text(path):
    ext = path.rsplit(".", 1)[-1].lower() if "." in os.path.basename(path) else ""
    try:
        txt = open(path, encoding="utf-8", errors="replace").read(400000)
    except OSError:
        return []
    out = []
    if ext in ("json", "har", "ipynb", "snap"):
        try:
            walk(json.loads(txt), out)
        except ValueError:
            text_lines(txt, out)
    elif ext in ("jsonl", "ndjson"):
        text_lines(txt, out)
    elif ext in ("yaml", "yml"):
        try:
            for d in yaml.safe_load_all(txt):
                walk(d, out)
        except Exception:
            text_lines(txt, out)
    elif ext in ("js", "py", "ts"):
        out += [m.group(2) for m in STRLIT.finditer(txt)]
    elif ext == "xml":
        text_lines(re.sub(r"<[^>]+>", " ", txt), out)
    else:
        text_lines(txt, out)
    res, n = [], 0
    for s in out:
        n += len(s) + 1
        if n > MAXF: break
        res.append(s)
    return res

def case_text(cdir):
    parts = []
    for root, dirs, files in os.walk(cdir):
        dirs.sort()
        for f in sorted(files):
            parts += file_text(os.path.join(root, f))
    t = "\n".join(parts)
    return t[:MAXC]

def main():
    out = open(sys.argv[1], "w", encoding="utf-8")
    for s in SETS:
        labels = json.load(open(f"{EVAL}/{s}/labels.json", encoding="utf-8"))
        for cid in sorted(labels):
            cdir = f"{EVAL}/{s}/cases/{cid}"
            t = case_text(cdir) if os.path.isdir(cdir) else ""
            out.write(json.dumps({"set": s, "case": cid, "cats": labels[cid].get("categories", []),
                                  "locale": labels[cid].get("locale"), "text": t}, ensure_ascii=True) + "\n")
main()
