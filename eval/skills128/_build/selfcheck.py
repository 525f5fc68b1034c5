#!/usr/bin/env python3
"""Self-check of the evaluation set: every JSON/JSONL/HAR file parses, labels match the
case folders, and the minimum counts per category / locale / benign are met.
usage: python3 _build/selfcheck.py [SET_DIR]
Adapted copy for set 128: locales are en-US, en-GB, de-DE, fr-FR, es-MX, it-IT; stricter minimums
(100 cases, 40 benign, 6 per category, 10 Google cases, 40 % non-English, 5 shapes not in set 1)."""
import collections, json, os, sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
MIN = {c: 6 for c in CATS}

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
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
               "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
new_shapes = set(shp) - SET1_SHAPES
if len(new_shapes) < 5:
    problems.append(f"only {len(new_shapes)} shapes not in set 1")
google = sum(1 for cid in labels if not os.path.exists(os.path.join(ROOT, "cases", cid, "skill-package")))
if google < 10:
    problems.append(f"google cases {google} < 10")
non_en = sum(1 for v in labels.values() if not v["locale"].startswith("en"))
if non_en < 0.4 * len(labels):
    problems.append(f"non-English {non_en} < 40 %")
print(f"google cases: {google}  non-English: {non_en}/{len(labels)}  new shapes: {sorted(new_shapes)}")
for l in ("en-US", "en-GB", "de-DE", "es-MX", "fr-FR", "it-IT"):
    if loc[l] < 5:
        problems.append(f"locale {l}: {loc[l]} < 5")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")

print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("files by extension: " + ", ".join(f"{k}={v}" for k, v in nfiles.most_common()))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
