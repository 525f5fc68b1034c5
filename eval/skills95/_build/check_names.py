"""Checks every invocation name against the real catalog: squatting cases must be close to a popular entry,
other cases must not be confusable with popular entries (unless exactly equal to a real name)."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open('/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv', encoding='utf-8')))
pop = {}
for r in rows:
    k = r["Invocation Name"].strip().lower()
    if k:
        pop[k] = max(pop.get(k, 0), int(r["Num of Reviews"] or 0))
popular = [n for n, k in pop.items() if k >= 10]
norm = lambda s: re.sub(r"\b(the|my|a|please|app|skill|open)\b", " ", re.sub(r"[^a-z ]", "", s.lower())).replace(" ", "")
L = json.load(open(os.path.join(ROOT, 'labels.json')))
for cid, v in L.items():
    invs = []
    for f in glob.glob(f'{ROOT}/cases/{cid}/skill-package/interactionModels/custom/*.json'):
        invs.append(json.load(open(f))['interactionModel']['languageModel']['invocationName'])
    for f in glob.glob(f'{ROOT}/cases/{cid}/sdk/settings/settings.yaml'):
        invs += re.findall(r"pronunciation: (.*)", open(f).read())
    for inv in invs:
        best = max(popular, key=lambda p: max(difflib.SequenceMatcher(None, inv, p).ratio(), difflib.SequenceMatcher(None, norm(inv), norm(p)).ratio()))
        r = max(difflib.SequenceMatcher(None, inv, best).ratio(), difflib.SequenceMatcher(None, norm(inv), norm(best)).ratio())
        sq = 'squatting' in v['categories']
        flag = (sq and r < 0.8) or (not sq and r >= 0.8 and inv != best)
        print(('!! ' if flag else '   ') + f"{cid:34s} {inv:28s} ~ {best} ({pop[best]}) {r:.2f}")
