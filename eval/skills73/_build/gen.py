#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
import cases_en, cases_eu, cases_world, cases_google

ROOT = os.path.dirname(HERE)
render.OUT = ROOT
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for mod in (cases_en, cases_eu, cases_world, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render.render(c)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases written")
