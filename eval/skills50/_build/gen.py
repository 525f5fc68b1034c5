#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written case descriptions in cases_*.py."""
import collections, json, os, shutil, sys
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt  # noqa

ALL = []
for m in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt):
    ALL.extend(m.CASES)

ids = [c.cid for c in ALL]
dup = [k for k, v in collections.Counter(ids).items() if v > 1]
assert not dup, dup

if os.path.exists(os.path.join(ROOT, "cases")):
    shutil.rmtree(os.path.join(ROOT, "cases"))
labels = {}
for c in sorted(ALL, key=lambda c: c.cid):
    shapes = render.render(c, ROOT)
    labels[c.cid] = {"categories": sorted(c.cats), "locale": c.loc, "shapes": shapes, "why": c.why}

# parse-check the new shapes the generic self-check does not read
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        if f.endswith(".chlsj"):
            json.load(open(p, encoding="utf-8"))
        elif f.endswith(".xml"):
            xml.dom.minidom.parse(p)

with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"wrote {len(labels)} cases")
