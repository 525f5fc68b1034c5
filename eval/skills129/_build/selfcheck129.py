#!/usr/bin/env python3
"""Self-check for set 129, adapted from eval/skills/selfcheck.py: same parse and label checks, but with this
set's locale list (en-US, en-IN, it-IT, ja-JP, pt-BR) and the brief's minimums (>=100 cases, >=40 benign,
>=6 positives per category, >=40 % non-English, >=10 Google, >=5 shapes not in set 1). Also parses the new
shapes' files (.xml, .csv, .yml/.yaml when PyYAML is available) and checks squatting/benign names against the catalog.
usage: python3 _build/selfcheck129.py [SET_DIR]"""
import collections, csv, json, os, re, sys, xml.etree.ElementTree as ET
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
               "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
LOCALES = ["en-US", "en-IN", "it-IT", "ja-JP", "pt-BR"]
try:
    import yaml
except ImportError:
    yaml = None
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
problems = []
if sorted(labels) != cases:
    problems.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for cid in cases:
    if not re.match(r"^129\d{3}-[a-z0-9-]+$", cid):
        problems.append(f"bad id {cid}")
nfiles = collections.Counter()
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f); ext = f.rsplit(".", 1)[-1]; nfiles[ext] += 1
        try:
            if ext in ("json", "har"):
                json.load(open(p, encoding="utf-8"))
            elif ext == "jsonl":
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
            elif ext == "xml":
                ET.parse(p)
            elif ext == "csv":
                rows = list(csv.reader(open(p, encoding="utf-8")))
                assert len({len(r) for r in rows}) == 1, "ragged csv"
            elif ext in ("yml", "yaml") and yaml:
                list(yaml.safe_load_all(open(p, encoding="utf-8")))
        except Exception as e:  # noqa
            problems.append(f"parse error {os.path.relpath(p, ROOT)}: {e}")
cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = google = 0
for cid, v in labels.items():
    for k in ("categories", "locale", "shapes", "why"):
        if k not in v:
            problems.append(f"{cid}: missing {k}")
    for c in v["categories"]:
        if c not in CATS:
            problems.append(f"{cid}: unknown category {c}")
        cat[c] += 1
    if "drift" in v["categories"] and len(v["categories"]) < 2:
        problems.append(f"{cid}: drift without the later category")
    benign += not v["categories"]
    loc[v["locale"]] += 1
    for s in v["shapes"]:
        shp[s] += 1
    d = os.path.join(ROOT, "cases", cid)
    if os.path.exists(os.path.join(d, "skill-package", "skill.json")):
        m = json.load(open(os.path.join(d, "skill-package", "skill.json"), encoding="utf-8"))
        if v["locale"] not in m["manifest"]["publishingInformation"]["locales"]:
            problems.append(f"{cid}: manifest lacks locale {v['locale']}")
        if not os.path.exists(os.path.join(d, "skill-package", "interactionModels", "custom", v["locale"] + ".json")):
            problems.append(f"{cid}: no model for {v['locale']}")
    elif any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json")):
        google += 1
    else:
        problems.append(f"{cid}: no skill package / action project")
for c in CATS:
    if cat[c] < 6:
        problems.append(f"category {c}: {cat[c]} < 6")
for l in LOCALES:
    if loc[l] < 5:
        problems.append(f"locale {l}: {loc[l]} < 5")
if set(loc) - set(LOCALES):
    problems.append(f"unexpected locales {set(loc) - set(LOCALES)}")
non_en = sum(n for l, n in loc.items() if not l.startswith("en"))
if non_en < 0.4 * len(labels):
    problems.append(f"non-English {non_en}/{len(labels)} < 40 %")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")
if google < 10:
    problems.append(f"google {google} < 10")
new = sorted(set(shp) - SET1_SHAPES)
if len(new) < 5:
    problems.append(f"new shapes {new} < 5")
print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {non_en} ({100*non_en/len(labels):.0f} %)")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(new))
print("files by extension: " + ", ".join(f"{k}={v}" for k, v in nfiles.most_common()))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
