#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case files."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render_case, shapes_of
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google

ROOT = os.path.dirname(HERE)
ALL = []
for m in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google):
    ALL += m.CASES
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate id"
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
for c in sorted(ALL, key=lambda c: c["id"]):
    render_case(c, os.path.join(out, c["id"]))
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes_of(c), "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
