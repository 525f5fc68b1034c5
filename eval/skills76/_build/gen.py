#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render_case  # noqa
ROOT = os.path.dirname(HERE)
MODS = ["cases_es", "cases_fr", "cases_it", "cases_pt", "cases_other"]
cases = []
for m in MODS:
    cases += importlib.import_module(m).CASES
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
for c in sorted(cases, key=lambda c: c["id"]):
    render_case(out, c)
    shapes = []
    for s, _, _, _ in c["recs"]:
        if s not in shapes:
            shapes.append(s)
    labels[c["id"]] = {"categories": sorted(c["labels"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases written")
