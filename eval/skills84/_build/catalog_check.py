#!/usr/bin/env python3
"""Lists catalog invocations that are close to each case's invocation name (to keep benign names clean)."""
import csv, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
FILL = {"the", "my", "a", "an", "please", "app", "skill", "ask", "for", "open"}

def norm(s):
    w = [x for x in re.sub(r"[^a-z0-9 ]", " ", s.lower()).split() if x not in FILL]
    return "".join(w)

def lev(a, b):
    p = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        c = [i]
        for j, cb in enumerate(b, 1):
            c.append(min(p[j] + 1, c[j - 1] + 1, p[j - 1] + (ca != cb)))
        p = c
    return p[-1]

labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid in sorted(labels):
    invs = []
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(f))["interactionModel"]["languageModel"]["invocationName"])
    for inv in invs:
        n = norm(inv)
        if not n:
            continue
        hits = []
        for r in rows:
            m = norm(r["Invocation Name"])
            if not m:
                continue
            d = lev(n, m)
            if d <= max(1, len(m) // 6) or (len(m) >= 6 and (m in n or n in m)):
                hits.append(f"{r['Invocation Name']}({r['Num of Reviews']})")
        if hits:
            print(cid, labels[cid]["categories"], repr(inv), "->", ", ".join(hits[:6]))
