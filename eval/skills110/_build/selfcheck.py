#!/usr/bin/env python3
"""Self-check adapted to set 110 (locales en-US, en-GB, de-DE, es-ES, fr-FR instead of it/ja).
Runs the structural checks of eval/skills/selfcheck.py plus this set's brief: >=100 cases, >=40 benign,
>=6 positives per category, >=40% non-English, >=10 Google cases, >=5 shapes not in set 1, and a
confusability check of benign invocation names against the real catalog."""
import collections, csv, difflib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
               "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
CATALOG = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
P = []
if sorted(labels) != cases:
    P.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        try:
            if f.endswith((".json", ".har")):
                json.load(open(p, encoding="utf-8"))
            elif f.endswith(".jsonl"):
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
        except Exception as e:
            P.append(f"parse error {p}: {e}")
cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = google = 0
for cid, v in labels.items():
    for c in v["categories"]:
        if c not in CATS:
            P.append(f"{cid}: unknown category {c}")
        cat[c] += 1
    if "drift" in v["categories"] and len(v["categories"]) < 2:
        P.append(f"{cid}: drift without later category")
    benign += not v["categories"]
    loc[v["locale"]] += 1
    for s in v["shapes"]:
        shp[s] += 1
    d = os.path.join(ROOT, "cases", cid)
    g = any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json"))
    google += g
    if not g and not os.path.exists(os.path.join(d, "skill-package", "skill.json")):
        P.append(f"{cid}: no project")
for c in CATS:
    if cat[c] < 6:
        P.append(f"category {c}: {cat[c]} < 6")
nonen = sum(n for l, n in loc.items() if not l.startswith("en"))
if len(labels) < 100: P.append("fewer than 100 cases")
if benign < 40: P.append(f"benign {benign} < 40")
if nonen / len(labels) < 0.4: P.append(f"non-English share {nonen/len(labels):.2f} < 0.40")
if len([l for l in loc if not l.startswith('en')]) < 4: P.append("fewer than 4 non-en locales")
if google < 10: P.append(f"google cases {google} < 10")
new = [s for s in shp if s not in SET1_SHAPES]
if len(new) < 5: P.append(f"only {len(new)} new shapes")

# benign invocations vs catalog
rows = list(csv.DictReader(open(CATALOG, encoding="utf-8")))
pop = {r["Invocation Name"].strip().lower() for r in rows if r["Invocation Name"] and int(r["Num of Reviews"] or 0) >= 5}
norm = lambda s: re.sub(r"[^a-z0-9]", "", s.lower().replace(" the ", " ").removeprefix("the "))
popn = {norm(x): x for x in pop}
for cid, v in labels.items():
    if v["categories"]:
        continue
    for mp in __import__("glob").glob(os.path.join(ROOT, "cases", cid, "skill-package", "interactionModels", "custom", "*.json")):
        inv = json.load(open(mp, encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"]
        n = norm(inv)
        for pn, orig in popn.items():
            if pn == n:
                print(f"  note: benign {cid} uses the real catalog name '{orig}' (intended)")
            elif difflib.SequenceMatcher(None, n, pn).ratio() > 0.85:
                P.append(f"{cid}: benign invocation '{inv}' confusable with catalog '{orig}'")
print(f"cases {len(labels)}  benign {benign}  labelled {len(labels)-benign}  google {google}  non-en {nonen} ({nonen/len(labels):.0%})")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(new))
print("PROBLEMS:" if P else "OK")
for p in P:
    print("  " + p)
sys.exit(1 if P else 0)
