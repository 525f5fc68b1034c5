#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from render import render  # noqa

MODULES = [m for m in ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"] if os.path.exists(os.path.join(HERE, m + ".py"))]

out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
for m in MODULES:
    for c in importlib.import_module(m).CASES:
        assert c.cid not in labels, c.cid
        render(c, os.path.join(out, c.cid))
        shapes = []
        for r in c.recs:
            if r.shape not in shapes:
                shapes.append(r.shape)
        labels[c.cid] = {"categories": sorted(c.cats), "locale": c.loc, "shapes": shapes, "why": c.why}
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(labels)} cases written")
