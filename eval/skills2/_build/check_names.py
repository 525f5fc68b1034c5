#!/usr/bin/env python3
"""Compare every case's invocation name with the popular entries of the stored catalog.
Prints, per case, the closest popular catalog invocations (normalised string similarity), so that benign
names can be checked to be either an exact real name or not confusable, and squatting names to hit their target."""
import csv, difflib, glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = '/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv'
rows = list(csv.DictReader(open(CAT, encoding='utf-8')))
pop = {}
for r in rows:
    inv = (r['Invocation Name'] or '').strip().lower()
    n = int(r['Num of Reviews'] or 0)
    if inv and n >= 5:
        pop[inv] = max(n, pop.get(inv, 0))
FILL = {'the', 'my', 'please', 'app', 'a', 'an', 'now', 'skill'}
def norm(s):
    s = re.sub(r"[^a-z0-9 ]", '', s.lower())
    return ''.join(w for w in s.split() if w not in FILL)
labels = json.load(open(os.path.join(ROOT, 'labels.json')))
for cid in sorted(labels):
    invs = set()
    for p in glob.glob(os.path.join(ROOT, 'cases', cid, 'skill-package', 'interactionModels', 'custom', '*.json')):
        invs.add(json.load(open(p))['interactionModel']['languageModel']['invocationName'])
    for p in glob.glob(os.path.join(ROOT, 'cases', cid, 'sdk', 'settings', 'settings.yaml')):
        m = re.search(r'pronunciation: (.*)', open(p).read()); invs.add(m.group(1).strip('"'))
    for p in glob.glob(os.path.join(ROOT, 'cases', cid, 'action.json')):
        invs.add(json.load(open(p))['actions'][0]['intent']['trigger']['queryPatterns'][0].replace('talk to ', ''))
    for p in glob.glob(os.path.join(ROOT, 'cases', cid, 'agent.json')):
        invs.add(json.load(open(p))['displayName'].lower())
    for inv in invs:
        a = norm(inv)
        best = sorted(((difflib.SequenceMatcher(None, a, norm(k)).ratio(), k, n) for k, n in pop.items() if norm(k)), reverse=True)[:2]
        flag = 'SQUAT' if 'squatting' in labels[cid]['categories'] else ('exact' if inv in pop else '')
        print(f"{cid:34s} {inv:28s} {flag:5s} " + '; '.join(f"{k} ({n}) {r:.2f}" for r, k, n in best))
