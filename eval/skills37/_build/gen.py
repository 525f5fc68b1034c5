#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import build
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
allc = []
for m in (cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt):
    allc += m.CASES
ids = [c["id"] for c in allc]
assert len(ids) == len(set(ids)), "duplicate ids"
labels = build(allc, ROOT)
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(len(labels), "cases written")
