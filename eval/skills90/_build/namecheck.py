"""Compare every invocation name of this set with the real catalog (normalised edit distance)."""
import csv, difflib, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = [r for r in csv.DictReader(open("/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv", encoding="utf-8")) if r["Invocation Name"]]
def n(s): return re.sub(r"[^a-z0-9]", "", s.lower().replace(" the ", " ").replace("please", "").replace(" app", "").replace("skill", ""))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    invs = []
    for p in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(p))["interactionModel"]["languageModel"]["invocationName"])
    for inv in invs:
        best = max(cat, key=lambda r: difflib.SequenceMatcher(None, n(inv), n(r["Invocation Name"])).ratio())
        ratio = difflib.SequenceMatcher(None, n(inv), n(best["Invocation Name"])).ratio()
        if ratio >= 0.75:
            print(f"{cid:34s} {inv!r:30s} ~ {best['Invocation Name']!r} ({best['Num of Reviews']} reviews) {ratio:.2f} labels={v['categories']}")
