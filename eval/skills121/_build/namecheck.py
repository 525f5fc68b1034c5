#!/usr/bin/env python3
"""Check every invocation name against the real catalog: benign names must not be confusable with
popular entries (unless identical = the real skill), squatting names must be close to their target."""
import csv, difflib, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = list(csv.DictReader(open("/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv", encoding="utf-8")))
def norm(s):
    s = re.sub(r"\b(the|my|a|an|please|app|skill)\b", " ", s.lower())
    return re.sub(r"[^a-z0-9äöüéèàçß]", "", s)
pop = {}
for r in cat:
    inv = (r["Invocation Name"] or "").strip().lower()
    if inv and int(r["Num of Reviews"] or 0) >= 3:
        pop[inv] = max(pop.get(inv, 0), int(r["Num of Reviews"] or 0))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    d = os.path.join(ROOT, "cases", cid)
    invs = []
    for f in glob.glob(d + "/skill-package/interactionModels/custom/*.json"):
        invs.append(json.load(open(f))["interactionModel"]["languageModel"]["invocationName"])
    for f in glob.glob(d + "/sdk/settings/settings.yaml"):
        invs += re.findall(r"pronunciation: (.*)", open(f).read())
    for inv in invs:
        n = norm(inv)
        best = max(pop, key=lambda p: difflib.SequenceMatcher(None, n, norm(p)).ratio())
        ratio = difflib.SequenceMatcher(None, n, norm(best)).ratio()
        sq = "squatting" in v["categories"]
        flag = ""
        if not sq and ratio >= 0.8 and inv.lower() != best:
            flag = "  <-- benign-side name close to catalog entry"
        if sq and ratio < 0.7:
            flag = "  <-- squatting name not close"
        if flag or sq or inv.lower() == best:
            print(f"{cid:40s} {inv!r:32s} ~ {best!r} ({pop[best]} reviews) {ratio:.2f}{flag}")
