#!/usr/bin/env python3
"""Regenerate ../cases and ../labels.json from the hand-written case descriptions in cases_*.py."""
import glob, importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render_case, ROOT

mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases_*.py")))
cases = []
for m in mods:
    cases += importlib.import_module(m).CASES
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
out = os.path.join(ROOT, "cases")
if os.path.exists(out):
    shutil.rmtree(out)
os.makedirs(out)
labels = {}
for c in sorted(cases, key=lambda c: c["id"]):
    render_case(c, out)
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": c["shapes"], "why": c["why"]}
    recshapes = {r["shape"] for r in c.get("recs", [])}
    if c.get("plat", "alexa") == "alexa":
        assert recshapes == set(c["shapes"]), (c["id"], recshapes, c["shapes"])
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(labels), "cases written")
