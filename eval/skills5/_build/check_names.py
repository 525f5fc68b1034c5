#!/usr/bin/env python3
"""Compare every case's invocation name against the real catalog: exact hits and close matches
(after dropping articles/filler words and spaces), so benign names are not confusable with popular entries."""
import csv, difflib, glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
STOP = {"the", "a", "an", "my", "please", "app", "skill", "el", "la", "le", "les", "die", "der", "das", "il", "lo"}
def norm(s):
    s = re.sub(r"[^a-z0-9 ]", "", s.lower().replace(".", ""))
    return "".join(w for w in s.split() if w not in STOP)
cat = {}
for r in rows:
    n = norm(r["Invocation Name"])
    rev = int(r["Num of Reviews"] or 0)
    if n and rev >= cat.get(n, ("", -1))[1]:
        cat[n] = (r["Invocation Name"].strip(), rev)
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    invs = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    for inv in invs:
        n = norm(inv)
        if not n:
            continue
        hits = [(k, cat[k]) for k in difflib.get_close_matches(n, list(cat), n=3, cutoff=0.8)]
        flag = "SQ" if "squatting" in v["categories"] else "  "
        if hits:
            print(f"{flag} {cid:40s} {inv!r:32s} -> " + "; ".join(f"{c[0]!r}({c[1]})" for _, c in hits))
