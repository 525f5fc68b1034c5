#!/usr/bin/env python3
"""Selfcheck for set 133: runs the generic checks of eval/skills/selfcheck.py adapted to this set's locales
(en-US, en-GB, de-DE, ja-JP, es-ES, fr-FR) plus this set's brief: >=100 cases, >=40 benign, >=6 per category,
>=40% non-English, >=10 Google, >=5 shapes not in set 1, XML/CSV recordings parse."""
import collections, csv, json, os, sys
import xml.etree.ElementTree as ET
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
P = []
if sorted(labels) != cases:
    P.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        ext = f.rsplit(".", 1)[-1]
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
        except Exception as e:
            P.append(f"parse error {os.path.relpath(p, ROOT)}: {e}")
cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = google = 0
for cid, v in labels.items():
    for k in ("categories", "locale", "shapes", "why"):
        if k not in v:
            P.append(f"{cid}: missing {k}")
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
    alexa = os.path.exists(os.path.join(d, "skill-package", "skill.json"))
    g = any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json"))
    google += g
    if not (alexa or g):
        P.append(f"{cid}: no skill package / action project")
for c in CATS:
    if cat[c] < 6:
        P.append(f"category {c}: {cat[c]} < 6")
for l in ("de-DE", "es-ES", "ja-JP", "fr-FR", "en-GB"):
    if loc[l] < 5:
        P.append(f"locale {l}: {loc[l]} < 5")
nonen = sum(n for l, n in loc.items() if not l.startswith("en"))
if nonen < 0.4 * len(labels):
    P.append(f"non-English {nonen}/{len(labels)} < 40%")
if benign < 40:
    P.append(f"benign {benign} < 40")
if len(labels) < 100:
    P.append(f"cases {len(labels)} < 100")
if google < 10:
    P.append(f"google {google} < 10")
new = [s for s in shp if s not in SET1]
if len(new) < 5:
    P.append(f"new shapes {new} < 5")
print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {nonen}")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(new))
print("PROBLEMS:" if P else "OK")
for p in P:
    print("  " + p)
sys.exit(1 if P else 0)
