#!/usr/bin/env python3
"""Compare every invocation name of the set with the real catalog: exact hits, near hits
(normalised edit ratio) and reports which labelled squatting targets exist."""
import csv, difflib, glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
pop = {}
for r in rows:
    n = r["Invocation Name"].strip().lower()
    pop[n] = max(pop.get(n, 0), int(r["Num of Reviews"] or 0))

def norm(s):
    s = s.lower().replace(".", "")
    s = re.sub(r"\b(the|my|please|app|a|an|die|der|das|el|la|le|il|lo)\b", " ", s)
    return re.sub(r"[^a-z0-9]", "", s)

labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in sorted(labels.items()):
    invs = set()
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.add(json.load(open(f))["interactionModel"]["languageModel"]["invocationName"])
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "sdk/settings/settings.yaml")):
        m = re.search(r'pronunciation: "([^"]+)"', open(f).read()); invs.add(m.group(1).lower())
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "agent.json")):
        invs.add(json.load(open(f))["displayName"].lower())
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "action.json")):
        invs.add(json.load(open(f))["actions"][0]["intent"]["trigger"]["queryPatterns"][-1])
    for inv in invs:
        hits = []
        ni = norm(inv)
        for n, p in pop.items():
            if p < 5:
                continue
            nn = norm(n)
            if not nn or not ni:
                continue
            r = difflib.SequenceMatcher(None, ni, nn).ratio()
            if n == inv.lower() or r >= 0.8 or (len(nn) > 4 and (nn in ni or ni in nn)):
                hits.append((round(r, 2), n, p))
        flag = "SQUAT" if "squatting" in v["categories"] else ("benign" if not v["categories"] else "mal")
        if hits or flag == "SQUAT":
            print(f"{cid:40s} {flag:6s} {inv!r:35s} -> {sorted(hits, reverse=True)[:4]}")
