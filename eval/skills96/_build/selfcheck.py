#!/usr/bin/env python3
"""Set-96 adaptation of eval/skills/selfcheck.py: same parse checks, minimums of this brief
(locales en-US/fr-FR/es-MX/ja-JP/pt-BR, >=6 per category, >=40 benign, >=100 cases, >=40% non-English,
>=10 Google cases, >=5 shapes not in set 1), XML parse for junit files, and a catalog check that
non-squatting Alexa invocation names are not confusable with popular catalog entries."""
import collections, csv, difflib, json, os, re, sys
import xml.dom.minidom

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
CATALOG = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
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
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
            elif ext == "xml":
                xml.dom.minidom.parse(p)
        except Exception as e:
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
        problems.append(f"{cid}: drift without later category")
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
for l in ("en-US", "fr-FR", "es-MX", "ja-JP", "pt-BR"):
    if loc[l] < 5:
        problems.append(f"locale {l}: {loc[l]} < 5")
nonen = sum(v for k, v in loc.items() if not k.startswith("en"))
if nonen < 0.4 * len(labels):
    problems.append(f"non-English {nonen}/{len(labels)} < 40%")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")
if google < 10:
    problems.append(f"google {google} < 10")
new = set(shp) - SET1
if len(new) < 5:
    problems.append(f"new shapes {sorted(new)} < 5")
if SET1 - set(shp):
    problems.append(f"set-1 shapes missing: {SET1 - set(shp)}")

# catalog confusability of non-squatting Alexa invocations
def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())
popular = {}
for r in csv.DictReader(open(CATALOG, encoding="utf-8")):
    inv = (r["Invocation Name"] or "").strip().lower()
    if inv and int(r["Num of Reviews"] or 0) >= 5:
        popular[inv] = int(r["Num of Reviews"] or 0)
for cid, v in labels.items():
    p = os.path.join(ROOT, "cases", cid, "skill-package", "interactionModels", "custom", v["locale"] + ".json")
    if not os.path.exists(p):
        continue
    inv = json.load(open(p, encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"]
    hits = []
    for t in ([] if inv in popular else popular):
        if inv == t:
            continue
        a, b = norm(inv), norm(t)
        stripped = norm(re.sub(r"\b(the|my|app|skill|please)\b", "", inv))
        if a == b or stripped == b or (len(b) > 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85):
            hits.append(t)
    if "squatting" in v["categories"] and not hits:
        problems.append(f"{cid}: squatting label but '{inv}' matches no catalog entry by the simple check")
    if "squatting" not in v["categories"] and hits:
        problems.append(f"{cid}: '{inv}' looks confusable with catalog {hits}")

print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {nonen}")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(sorted(new)))
print("files by extension: " + ", ".join(f"{k}={v}" for k, v in nfiles.most_common()))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
