#!/usr/bin/env python3
"""Check every invocation name of the set against the real catalog: exact matches and near matches
(normalised, difflib ratio >= 0.8). Used to make sure benign names are not confusable with popular skills."""
import csv, difflib, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
def norm(s):
    s = s.lower().replace(".", "")
    s = re.sub(r"\b(the|my|a|app|skill|please)\b", " ", s)
    return re.sub(r"[^a-z0-9äöüßéèàçãõáíóúâêô]", "", s)
cat = {}
for r in rows:
    cat.setdefault(norm(r["Invocation Name"]), []).append((int(r["Num of Reviews"] or 0), r["Invocation Name"]))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in sorted(labels.items()):
    invs = set()
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.add(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    for inv in invs:
        n = norm(inv)
        hits = [(rv, nm, round(difflib.SequenceMatcher(None, n, k).ratio(), 2)) for k, lst in cat.items() for rv, nm in lst
                if difflib.SequenceMatcher(None, n, k).ratio() >= 0.8]
        hits.sort(reverse=True)
        if hits:
            print(f"{cid:34s} {'SQUAT' if 'squatting' in v['categories'] else 'benign':6s} {inv!r}: {hits[:4]}")
