#!/usr/bin/env python3
"""Regenerate ../cases/ and ../labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
import cases_en_attack, cases_en_benign, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google

ALL = []
for m in (cases_en_attack, cases_en_benign, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google):
    ALL.extend(m.CASES)
out = os.path.join(render.ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate id"
for c in sorted(ALL, key=lambda c: c["id"]):
    shapes = render.render(c, out)
    labels[c["id"]] = {"categories": sorted(c["labels"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(render.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(labels)} cases written")
