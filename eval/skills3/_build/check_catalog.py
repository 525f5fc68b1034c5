"""Check invocation names against the real catalog: squatting targets must be real popular names;
benign/other invocations must not be confusable with popular entries."""
import csv, difflib, glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = '/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv'
rows = list(csv.DictReader(open(CAT, encoding='utf-8')))
pop = {}
for r in rows:
    inv = (r['Invocation Name'] or '').strip().lower()
    if inv:
        pop[inv] = max(pop.get(inv, 0), int(r['Num of Reviews'] or 0))
popular = {k: v for k, v in pop.items() if v >= 20}
labels = json.load(open(os.path.join(ROOT, 'labels.json')))
norm = lambda s: re.sub(r'[^a-z0-9]', '', s.lower().replace('the ', '').replace(' app', '').replace(' please', ''))
for cid, v in sorted(labels.items()):
    invs = []
    for f in glob.glob(os.path.join(ROOT, 'cases', cid, 'skill-package/interactionModels/custom/*.json')):
        invs.append(json.load(open(f))['interactionModel']['languageModel']['invocationName'])
    for f in glob.glob(os.path.join(ROOT, 'cases', cid, 'sdk/settings/settings.yaml')):
        invs += re.findall(r'pronunciation: (.*)', open(f).read())
    for inv in invs:
        best = sorted(((difflib.SequenceMatcher(None, norm(inv), norm(p)).ratio(), p) for p in popular), reverse=True)[:2]
        tag = 'SQUAT' if 'squatting' in v['categories'] else ('exact' if inv in popular else '')
        flag = best[0][0] >= 0.75
        if flag or tag:
            print(f"{cid:36s} {inv:28s} {tag:5s} best={best[0][1]!r} {best[0][0]:.2f} ({popular.get(best[0][1])} reviews)")
