#!/usr/bin/env python3
"""List every Alexa case whose invocation name is close to a real catalog invocation (used to check squatting
targets and that benign names are not confusable with catalog entries)."""
import csv, json, glob, difflib, re, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open('/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv', encoding='utf-8')))
norm = lambda s: re.sub(r'[^a-z0-9]', '', re.sub(r'\b(the|my|app|skill|please|a)\b', '', s.lower()))
ncat = {}
for r in rows:
    if r['Invocation Name']:
        ncat.setdefault(norm(r['Invocation Name']), []).append((r['Invocation Name'], int(r['Num of Reviews'] or 0)))
labels = json.load(open(os.path.join(ROOT, 'labels.json')))
for cid, l in labels.items():
    f = glob.glob(os.path.join(ROOT, f'cases/{cid}/skill-package/interactionModels/custom/*.json'))
    if not f:
        continue
    inv = json.load(open(f[0]))['interactionModel']['languageModel']['invocationName']
    m = difflib.get_close_matches(norm(inv), list(ncat), n=3, cutoff=0.8)
    if m:
        print(cid, repr(inv), '->', [ncat[x] for x in m], l['categories'])
