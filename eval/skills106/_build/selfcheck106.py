#!/usr/bin/env python3
"""Self-check of set 106 (adapted copy of eval/skills/selfcheck.py: the locale and size minimums
follow this set's brief). Also parses XML/CSV recordings, checks the squatting targets exist in
the real catalog, and that benign invocation names are not near-copies of popular catalog names."""
import collections, csv, difflib, json, os, re, sys
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
               "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
problems = []
if sorted(labels) != cases:
    problems.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for cid in cases:
    if not re.match(r"^106\d{3}-[a-z0-9-]+$", cid):
        problems.append(f"bad case id {cid}")

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
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
            elif ext == "xml":
                ET.parse(p)
            elif ext == "csv":
                list(csv.reader(open(p, encoding="utf-8")))
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
    if any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json")):
        google += 1
    elif not os.path.exists(os.path.join(d, "skill-package", "skill.json")):
        problems.append(f"{cid}: no skill package / action project")

for c in CATS:
    if cat[c] < 6:
        problems.append(f"category {c}: {cat[c]} < 6")
langs = {l.split("-")[0] for l in loc}
if len(loc) < 5 or "en" not in langs or len(langs & {"de", "es", "fr", "it", "ja", "pt"}) < 4:
    problems.append(f"locales: {dict(loc)}")
for l in ("es-US", "fr-FR", "it-IT", "hi-IN", "pt-BR"):
    if loc[l] < 5:
        problems.append(f"locale {l}: {loc[l]} < 5")
non_en = sum(n for l, n in loc.items() if not l.startswith("en"))
if non_en < 0.4 * len(labels):
    problems.append(f"non-English {non_en}/{len(labels)} < 40%")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")
if google < 10:
    problems.append(f"google cases {google} < 10")
new_shapes = set(shp) - SET1_SHAPES
if len(new_shapes) < 5:
    problems.append(f"new shapes {new_shapes} < 5")

# catalog checks
rows = list(csv.DictReader(open(CATALOG, encoding="utf-8")))
popular = {}
for r in rows:
    inv = (r["Invocation Name"] or "").strip().lower()
    if inv:
        popular[inv] = max(popular.get(inv, 0), int(r["Num of Reviews"] or 0))
norm = lambda s: re.sub(r"\b(the|my|a|please|app|skill)\b|[^a-z]", "", s.lower())
pop_norm = {norm(k): k for k, n in popular.items() if n >= 20 and norm(k)}
SQUAT_TARGETS = {"106023": "fitbit", "106024": "seven minute workout", "106025": "inspire me", "106026": "mindfulness",
                 "106027": "rain sounds", "106028": "capital one", "106029": "uber", "106030": "thunderstorm sounds",
                 "106080": "fitbit", "106091": "seven minute workout", "106103": "ocean sounds"}
for cid, v in labels.items():
    num = cid[:6]
    d = os.path.join(ROOT, "cases", cid)
    invs = []
    for root, _, files in os.walk(os.path.join(d, "skill-package", "interactionModels")):
        for f in files:
            invs.append(json.load(open(os.path.join(root, f), encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"])
    if "squatting" in v["categories"]:
        t = SQUAT_TARGETS.get(num)
        if t not in popular:
            problems.append(f"{cid}: squat target {t!r} not in catalog")
        continue
    for inv in invs:
        if inv.lower() in popular and popular[inv.lower()] >= 20 and v["categories"] == []:
            continue  # the real popular skill itself (benign by convention)
        n = norm(inv)
        for pn, orig in pop_norm.items():
            if n and (n == pn or difflib.SequenceMatcher(None, n, pn).ratio() > 0.85):
                problems.append(f"{cid}: invocation {inv!r} confusable with popular {orig!r}")

print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {non_en} ({100 * non_en / len(labels):.0f}%)")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(sorted(new_shapes)))
print("files by extension: " + ", ".join(f"{k}={v}" for k, v in nfiles.most_common()))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
