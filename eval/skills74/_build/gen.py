#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
ALL = []
for m in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google):
    ALL.extend(m.CASES)

ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.exists(OUT):
    shutil.rmtree(OUT)
labels = {}
for c in sorted(ALL, key=lambda c: c["id"]):
    shapes = render(c, OUT)
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(labels)} cases")
