#!/usr/bin/env python3
"""Self-check of the evaluation set: every JSON/JSONL/HAR file parses, labels match the
case folders, and the minimum counts per category / locale / benign are met.
usage: python3 selfcheck.py [SET_DIR]   (default: the folder this script is in; eval/skills2 uses it too)"""
import collections, json, os, sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
MIN = {c: 6 for c in CATS}
MIN["drift"] = 6

labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
problems = []
if sorted(labels) != cases:
    problems.append(f"labels/folders differ: {set(labels) ^ set(cases)}")

nfiles = collections.Counter()
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        ext = f.rsplit(".", 1)[-1]
        nfiles[ext] += 1
        try:
            if ext in ("json", "har"):
                json.load(open(p, encoding="utf-8"))
            elif ext == "jsonl":
                for i, line in enumerate(open(p, encoding="utf-8")):
                    if line.strip():
                        json.loads(line)
        except Exception as e:  # noqa
            problems.append(f"parse error {os.path.relpath(p, ROOT)}: {e}")
for p in ("labels.json",):
    json.load(open(os.path.join(ROOT, p), encoding="utf-8"))

cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = 0
for cid, v in labels.items():
    for k in ("categories", "locale", "shapes", "why"):
        if k not in v:
            problems.append(f"{cid}: missing {k}")
    for c in v["categories"]:
        if c not in CATS:
            problems.append(f"{cid}: unknown category {c}")
        cat[c] += 1
    benign += not v["categories"]
    loc[v["locale"]] += 1
    for s in v["shapes"]:
        shp[s] += 1
    sk = os.path.join(ROOT, "cases", cid, "skill-package", "skill.json")
    if not os.path.exists(sk) and not any(os.path.exists(os.path.join(ROOT, "cases", cid, x)) for x in ("sdk", "agent.json", "action.json")):
        problems.append(f"{cid}: no skill package / action project")
for c, m in MIN.items():
    if cat[c] < m:
        problems.append(f"category {c}: {cat[c]} < {m}")
for l in ("en-GB", "de-DE", "es-ES", "fr-FR", "nl-NL", "it-IT"):
    if loc[l] < 5:
        problems.append(f"locale {l}: {loc[l]} < 5")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")

google = sum(1 for cid in labels if not os.path.exists(os.path.join(ROOT, "cases", cid, "skill-package")))
nonen = sum(1 for v in labels.values() if not v["locale"].startswith("en"))
if google < 10:
    problems.append(f"google cases {google} < 10")
if nonen < 0.4 * len(labels):
    problems.append(f"non-English {nonen} < 40%")
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text", "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
new = sorted(set(shp) - SET1)
if len(new) < 5:
    problems.append(f"new shapes {new} < 5")
print(f"google: {google}  non-English: {nonen} ({100*nonen/len(labels):.0f}%)  new shapes: {new}")
print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("files by extension: " + ", ".join(f"{k}={v}" for k, v in nfiles.most_common()))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
