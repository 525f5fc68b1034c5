#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
import cases_en, cases_eu, cases_more

ROOT = os.path.dirname(HERE)
ALL = cases_en.CASES + cases_eu.CASES + cases_more.CASES
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
for c in sorted(ALL, key=lambda c: c["id"]):
    render.render(c, out)
    shapes = []
    for s, _, _ in c["recs"]:
        if s not in shapes:
            shapes.append(s)
    labels[c["id"]] = {"categories": sorted(c["labels"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
