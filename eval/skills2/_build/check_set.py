#!/usr/bin/env python3
"""Stricter check of this set against its brief (selfcheck.py is the first set's, unchanged):
>= 80 cases, >= 30 benign, every category >= 6 positives, >= 5 locales, >= 25 non-English cases,
every README shape used by >= 2 cases, at least one extra shape, every case folder < 50 KB.
Also prints the count tables used in README.md."""
import collections, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
BASE_SHAPES = ["envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog",
               "cloudwatch-text", "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook",
               "gactions-scene", "transcript"]
L = json.load(open(os.path.join(ROOT, 'labels.json'), encoding='utf-8'))
cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
locb = collections.defaultdict(lambda: [0, 0])
for cid, v in L.items():
    for c in v['categories']:
        cat[c] += 1
    loc[v['locale']] += 1
    locb[v['locale']][0 if v['categories'] else 1] += 1
    for s in set(v['shapes']):
        shp[s] += 1
benign = sum(1 for v in L.values() if not v['categories'])
problems = []
if len(L) < 80: problems.append(f"only {len(L)} cases")
if benign < 30: problems.append(f"only {benign} benign")
for c in CATS:
    if cat[c] < 6: problems.append(f"{c}: {cat[c]} < 6")
if len(loc) < 5: problems.append("fewer than 5 locales")
if sum(n for l, n in loc.items() if not l.startswith('en')) < 25: problems.append("fewer than 25 non-English cases")
for s in BASE_SHAPES:
    if shp[s] < 2: problems.append(f"shape {s}: {shp[s]} < 2")
if not set(shp) - set(BASE_SHAPES): problems.append("no extra shape")
for cid in L:
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(ROOT, 'cases', cid)) for f in fs)
    if size > 50_000: problems.append(f"{cid}: {size} bytes")
print(f"{len(L)} cases: {len(L) - benign} labelled, {benign} benign")
print("\n| category | positive cases |\n|---|---|")
for c in CATS: print(f"| {c} | {cat[c]} |")
print("\n| locale | total | labelled | benign |\n|---|---|---|---|")
for l in sorted(loc, key=lambda x: (-loc[x], x)): print(f"| {l} | {loc[l]} | {locb[l][0]} | {locb[l][1]} |")
print("\n| shape | cases |\n|---|---|")
for s, n in shp.most_common(): print(f"| {s} | {n} |")
print("\nPROBLEMS: " + "; ".join(problems) if problems else "\nOK: brief requirements met")
sys.exit(1 if problems else 0)
