#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
import cases_en, cases_intl

ALL = cases_en.CASES + cases_intl.CASES
ids = [c.cid for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.isdir(render.CASES):
    shutil.rmtree(render.CASES)
labels = {}
for c in sorted(ALL, key=lambda c: c.cid):
    labels[c.cid] = render.render(c)
with open(os.path.join(render.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote %d cases" % len(labels))
