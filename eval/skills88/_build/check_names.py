#!/usr/bin/env python3
"""Check each case's invocation name against popular catalog invocations (>= 5 reviews):
report benign cases that look confusable and squatting cases whose target is not found."""
import csv, os, re, sys, difflib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import ALL
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
pop = {}
for r in csv.DictReader(open(CAT, encoding="utf-8")):
    inv = (r["Invocation Name"] or "").strip().lower()
    if inv and int(r["Num of Reviews"] or 0) >= 5:
        pop[inv] = int(r["Num of Reviews"])
def norm(s):
    s = re.sub(r"\b(the|my|a|an|app|skill|please)\b", " ", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)
NP = {norm(k): k for k in pop}
for c in ALL:
    n = norm(c["inv"])
    if not n:
        continue
    best = max(((difflib.SequenceMatcher(None, n, k).ratio(), v) for k, v in NP.items()), default=(0, ""))
    flag = best[0] >= float(os.environ.get("THR", "0.85"))
    if c["cats"] and "squatting" in c["cats"]:
        print(("OK   " if flag else "MISS ") + f"{c['id']:34s} {c['inv']!r} -> {best[1]!r} {best[0]:.2f}")
    elif flag:
        print(f"WARN {c['id']:34s} {c['inv']!r} ~ {best[1]!r} {best[0]:.2f} (exact={c['inv'] in pop})")
