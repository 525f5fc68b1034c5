#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google

ROOT = os.path.dirname(HERE)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
for mod in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        render(c, os.path.join(out, c["id"]))
        shapes = []
        for r in c["recs"]:
            if r["shape"] not in shapes:
                shapes.append(r["shape"])
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("cases:", len(labels), "benign:", sum(not v["categories"] for v in labels.values()))
