#!/usr/bin/env python3
"""Check invocation names against the real catalog: squatting targets must be real, benign names must not be confusable."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = list(csv.DictReader(open(CAT, encoding="utf-8")))
inv = {}
for r in rows:
    i = (r["Invocation Name"] or "").strip().lower()
    if i:
        inv[i] = max(inv.get(i, 0), int(r["Num of Reviews"] or 0))
norm = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())
N = {norm(k): k for k in inv}
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    names = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        names.append(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    if not names or not v["locale"].startswith("en"):
        continue
    for n in names:
        best = sorted(((difflib.SequenceMatcher(None, norm(n), k).ratio(), N[k]) for k in N), reverse=True)[:2]
        flag = "SQ" if "squatting" in v["categories"] else "  "
        if best[0][0] >= 0.8 or flag == "SQ":
            print(f"{flag} {cid:40s} {n!r:32s} -> {best[0][1]!r} ({best[0][0]:.2f}, {inv[best[0][1]]} reviews)")
