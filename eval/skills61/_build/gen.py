#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in this folder."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
OUT = os.path.dirname(HERE)
mods = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
shutil.rmtree(os.path.join(OUT, "cases"), ignore_errors=True)
labels = {}
for m in mods:
    mod = __import__(m)
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render.build(OUT, c)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
print(len(labels), "cases")
