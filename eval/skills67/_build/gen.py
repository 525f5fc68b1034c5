#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
for mod in ["cases_en", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google", "cases_more_benign"]:
    if os.path.exists(os.path.join(HERE, mod + ".py")):
        importlib.import_module(mod)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
ids = [c["id"] for c in render.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
for c in sorted(render.CASES, key=lambda c: c["id"]):
    labels[c["id"]] = render.render_case(c, out)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
print("wrote %d cases" % len(labels))
