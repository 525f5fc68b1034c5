#!/usr/bin/env python3
"""Compare every invocation name of the set with the real catalog (helps keep benign names unconfusable)."""
import csv, difflib, importlib, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"]]
FILL = r"\b(the|my|please|app|skill|a|an)\b"
norm = lambda s: re.sub(r"[^a-z0-9]", "", re.sub(FILL, "", s.lower()))
cat = [(norm(r["Invocation Name"]), r["Invocation Name"], int(r["Num of Reviews"] or 0)) for r in rows]
from gen_list import all_cases
for c in all_cases():
    n = norm(c["inv"])
    best = max(cat, key=lambda t: difflib.SequenceMatcher(None, n, t[0]).ratio())
    r = difflib.SequenceMatcher(None, n, best[0]).ratio()
    flag = "SQUAT" if "squatting" in c["cats"] else ("benign" if not c["cats"] else "")
    if r >= 0.75 or flag == "SQUAT":
        print(f"{c['id']:40s} {c['inv']!r:38s} ~ {best[1]!r} ({best[2]} reviews) r={r:.2f} {flag}")
