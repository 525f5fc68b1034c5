#!/usr/bin/env python3
"""Check invocation names against the real catalog: squat targets must exist; benign names must not be confusable."""
import csv, difflib, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = list(csv.DictReader(open(CAT, encoding="utf-8")))
pop = {}
for r in rows:
    inv = r["Invocation Name"].strip().lower()
    if inv:
        pop[inv] = max(pop.get(inv, 0), int(r["Num of Reviews"] or 0))
def norm(s):
    s = re.sub(r"[^a-z0-9 ]", "", s.lower())
    return s
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in sorted(labels.items()):
    invs = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    for inv in invs:
        n = norm(inv)
        hits = []
        for c, rv in pop.items():
            cn = norm(c)
            r = difflib.SequenceMatcher(None, n.replace(" ", ""), cn.replace(" ", "")).ratio()
            if (r >= 0.8 or (cn and (cn in n or n in cn) and len(cn) > 4)) and rv >= 3:
                hits.append((round(r, 2), c, rv))
        hits.sort(reverse=True)
        flag = "SQUAT" if "squatting" in v["categories"] else "     "
        if hits or flag.strip():
            print(flag, cid, repr(inv), hits[:4])
