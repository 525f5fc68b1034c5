"""Check every invocation name of the set against the real catalog: report close matches (for benign names
this must only be exact real names on purpose; for squatting cases the intended target must show up)."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = {}
for r in csv.DictReader(open("/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv", encoding="utf-8")):
    n = (r["Invocation Name"] or "").strip().lower()
    if n:
        cat[n] = max(cat.get(n, 0), int(r["Num of Reviews"] or 0))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
norm = lambda s: re.sub(r"[^a-z0-9]", "", re.sub(r"\b(the|my|a|app|skill|please|bitte)\b", "", s.lower()))
ncat = {}
for n, v in cat.items():
    ncat.setdefault(norm(n), []).append((n, v))
for cid, v in sorted(labels.items()):
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        inv = json.load(open(f))["interactionModel"]["languageModel"]["invocationName"]
        hits = []
        for n, rv in cat.items():
            r = difflib.SequenceMatcher(None, norm(inv), norm(n)).ratio()
            if r >= 0.8 and rv >= 3:
                hits.append((round(r, 2), n, rv))
        if hits or "squatting" in v["categories"]:
            print(cid, "|", inv, "|", v["categories"], "|", sorted(hits, reverse=True)[:4])
        break
