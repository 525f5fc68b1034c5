#!/usr/bin/env python3
"""Compare every invocation name in the set with the real catalog; print close matches (for squatting labels)."""
import csv, difflib, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = list(csv.DictReader(open(CAT, encoding="utf-8", errors="replace")))
inv = {}
for r in rows:
    n = r["Invocation Name"].strip().lower()
    if n:
        inv[n] = max(inv.get(n, 0), int(r["Num of Reviews"] or 0))
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
def norm(s):
    s = re.sub(r"\b(the|my|a|please|app|skill)\b", " ", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)
ninv = {}
for n, c in inv.items():
    ninv.setdefault(norm(n), []).append((n, c))
for cid in sorted(labels):
    names = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        names.append(json.load(open(p, encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"])
    for n in names:
        nn = norm(n)
        hits = [(k, v) for k, v in inv.items() if v >= 10 and (difflib.SequenceMatcher(None, nn, norm(k)).ratio() > 0.8)]
        flag = "SQUAT" if "squatting" in labels[cid]["categories"] else ""
        if hits or flag:
            print(f"{cid:36s} {n!r:28s} {flag:6s} {hits}")
