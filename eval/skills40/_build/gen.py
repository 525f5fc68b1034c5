#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
import cases_en, cases_intl, cases_google

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for mod in (cases_en, cases_intl, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render.render_case(c, ROOT)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases")
