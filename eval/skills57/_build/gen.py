#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render_case
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
for mod in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render_case(c, out)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases written")
