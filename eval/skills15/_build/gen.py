#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of evaluation set 15 from the hand-written case files."""
import importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
MODULES = ["cases_en_bad", "cases_en_good", "cases_intl", "cases_google"]
cases = []
for m in MODULES:
    try:
        cases += importlib.import_module(m).CASES
    except ModuleNotFoundError as e:
        print("skip", m, e)
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.isdir(render.OUT):
    shutil.rmtree(render.OUT)
labels = render.build(cases)
render.wjson(os.path.join(render.ROOT, "labels.json"), dict(sorted(labels.items())))
print(len(labels), "cases")
