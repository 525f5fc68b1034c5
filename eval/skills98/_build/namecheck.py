#!/usr/bin/env python3
"""Compare every invocation name of the set with the real catalog (edit distance on normalised names,
and containment of a catalog name), printing the closest popular entries. Used to keep benign names clear."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = list(csv.DictReader(open("/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv", encoding="utf-8")))
names = {}
for r in cat:
    n = (r["Invocation Name"] or "").strip().lower()
    if n:
        names[n] = max(names.get(n, 0), int(r["Num of Reviews"] or 0))
norm = lambda s: re.sub(r"[^a-z0-9]", "", s.lower().replace("the ", "").replace(" please", "").replace(" app", ""))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid in sorted(labels):
    invs = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "sdk/settings/settings.yaml")):
        m = re.search(r"pronunciation: \"(.*)\"", open(p).read()); invs.append(m.group(1))
    p = os.path.join(ROOT, "cases", cid, "action.json")
    if os.path.exists(p):
        invs.append(json.load(open(p)).get("manifest", {}).get("invocationName", ""))
    for inv in invs:
        best = sorted(((difflib.SequenceMatcher(None, norm(inv), norm(n)).ratio(), n, rv) for n, rv in names.items() if rv >= 3), reverse=True)[:2]
        flag = "SQUAT" if "squatting" in labels[cid]["categories"] else ""
        print(f"{cid:38s} {inv:28s} {flag:6s} " + "; ".join(f"{n} ({rv}) {r:.2f}" for r, n, rv in best))
