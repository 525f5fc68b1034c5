#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in this folder."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
import cases_en, cases_eu, cases_world, cases_google

ROOT = os.path.dirname(HERE)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
for mod in (cases_en, cases_eu, cases_world, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render.render_case(out, c)
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(labels)} cases written")
