#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
import cases_en, cases_de_it, cases_es_fr, cases_ja_pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = cases_en.CASES + cases_de_it.CASES + cases_es_fr.CASES + cases_ja_pt.CASES
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for c in sorted(ALL, key=lambda c: c["id"]):
    render.build_case(c, ROOT)
    shapes = []
    for r in c["rec"]:
        if r[1] not in shapes:
            shapes.append(r[1])
    labels[c["id"]] = {"categories": c["labels"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases written")
