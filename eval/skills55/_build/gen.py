#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
ROOT = os.path.dirname(HERE)
render.OUT = ROOT
MODULES = [m for m in ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"] if os.path.exists(os.path.join(HERE, m + ".py"))]
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for m in MODULES:
    mod = importlib.import_module(m)
    for c in mod.CASES:
        assert c["cid"] not in labels, c["cid"]
        labels[c["cid"]] = render.build(c)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(labels)} cases")
