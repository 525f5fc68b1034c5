#!/usr/bin/env python3
"""Compare every case's invocation name with the real catalog: report exact hits and near matches."""
import csv, difflib, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [(r["Invocation Name"].strip().lower(), int(r["Num of Reviews"] or 0)) for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
norm = lambda s: re.sub(r"[^a-z0-9]", "", re.sub(r"\b(the|my|a|an|please|app|skill)\b", "", s.lower()))
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
for cid in sorted(labels):
    d = os.path.join(ROOT, "cases", cid)
    inv = None
    for root, _, fs in os.walk(d):
        for f in fs:
            if root.endswith("custom") and f.endswith(".json"):
                inv = json.load(open(os.path.join(root, f), encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"]
    if inv is None:
        continue
    hits = []
    for c, n in rows:
        r = difflib.SequenceMatcher(None, norm(inv), norm(c)).ratio()
        if r >= 0.8 or c == inv.lower():
            hits.append((round(r, 2), c, n))
    tag = "SQ" if "squatting" in labels[cid]["categories"] else "  "
    if hits or tag == "SQ":
        print(tag, cid, repr(inv), sorted(hits, reverse=True)[:4])
