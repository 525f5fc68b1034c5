#!/usr/bin/env python3
"""Check every invocation name of the set against the real catalog: squatting cases must be close to a
popular entry, every other case must not be confusable with one (exact real names are allowed)."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"]]
pop = {r["Invocation Name"].lower(): int(r["Num of Reviews"] or 0) for r in rows}
FILL = r"\b(the|my|a|an|please|app|skill|now|official)\b"
def norm(s):
    s = re.sub(FILL, " ", s.lower().replace("'", ""))
    return re.sub(r"[^a-z0-9]", "", s)
P = {k: norm(k) for k, v in pop.items() if v >= int(os.environ.get("MINREV", 5))}
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        inv = json.load(open(f))["interactionModel"]["languageModel"]["invocationName"]
        n = norm(inv)
        hits = [(k, round(difflib.SequenceMatcher(None, n, pn).ratio(), 2)) for k, pn in P.items() if pn and (difflib.SequenceMatcher(None, n, pn).ratio() >= 0.8)]
        exact = inv.lower() in pop
        sq = "squatting" in v["categories"]
        if sq and not hits:
            print("SQUAT WITHOUT TARGET", cid, inv)
        elif not sq and hits and not exact:
            print("BENIGN/OTHER CLOSE TO CATALOG", cid, inv, hits)
        elif sq:
            print("ok squat", cid, inv, hits)
