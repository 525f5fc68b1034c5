#!/usr/bin/env python3
"""Compare every invocation name with popular catalog invocations (>= 20 reviews) and print near matches,
so squatting cases really are confusable and the other names are not."""
import csv, difflib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: regenerates; cheap
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
FILL = {"please", "my", "the", "app", "a", "an", "skill", "for", "me"}
def norm(s):
    w = [x for x in re.sub(r"[^a-z0-9 ]", " ", s.lower()).split() if x not in FILL]
    return "".join(w)
pop = [(int(r["Num of Reviews"] or 0), r["Invocation Name"].strip()) for r in csv.DictReader(open(CAT, encoding="utf-8"))]
pop = [(n, i) for n, i in pop if n >= 20 and i]
for c in gen.ALL:
    inv = c["inv"]; ni = norm(inv)
    best = max(((difflib.SequenceMatcher(None, ni, norm(i)).ratio(), i, n) for n, i in pop if norm(i)), default=(0,))
    flag = "SQUAT-LABEL" if "squatting" in c["cats"] else ""
    if best[0] >= 0.7 or flag:
        print(f"{c['id']:34s} {inv!r:28s} ~ {best[1]!r} ({best[2]} reviews) ratio={best[0]:.2f} {flag}")
