#!/usr/bin/env python3
"""Checks every invocation name of the set against the real catalog: prints the closest popular entries,
so benign / non-squatting names can be confirmed not confusable and squatting names confirmed close."""
import csv, difflib, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
FILL = r"\b(the|my|a|an|please|app|skill|now|ride|rides|mi)\b"
def norm(s):
    s = re.sub(FILL, " ", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)
pop = [(r["Invocation Name"].lower(), int(r["Num of Reviews"] or 0)) for r in rows]
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in sorted(labels.items()):
    d = os.path.join(ROOT, "cases", cid)
    invs = []
    for root, _, files in os.walk(os.path.join(d, "skill-package", "interactionModels")):
        for f in files:
            invs.append(json.load(open(os.path.join(root, f)))["interactionModel"]["languageModel"]["invocationName"])
    if os.path.exists(os.path.join(d, "sdk")):
        m = re.search(r"pronunciation: \"(.*)\"", open(os.path.join(d, "sdk/settings/settings.yaml")).read()); invs.append(m.group(1))
    if os.path.exists(os.path.join(d, "action.json")):
        invs.append(json.load(open(os.path.join(d, "action.json")))["manifest"]["invocationName"])
    if os.path.exists(os.path.join(d, "agent.json")):
        invs.append(json.load(open(os.path.join(d, "agent.json")))["displayName"].lower())
    for inv in invs:
        n = norm(inv)
        best = sorted(((difflib.SequenceMatcher(None, n, norm(p)).ratio(), p, rv) for p, rv in pop if norm(p)), reverse=True)[:2]
        flag = "SQUAT" if "squatting" in v["categories"] else ("benign" if not v["categories"] else "attack")
        warn = " <-- CHECK" if (flag != "SQUAT" and best[0][0] >= 0.8 and best[0][2] >= 10 and best[0][1] != inv) else ""
        print(f"{cid:34s} {flag:6s} {inv:28s} " + "; ".join(f"{p} ({rv}) {r:.2f}" for r, p, rv in best) + warn)
