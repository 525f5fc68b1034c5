#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
from common import CASES
import cases_en, cases_intl, cases_code  # noqa: F401  (they fill CASES)

ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.exists(engine.CASES):
    shutil.rmtree(engine.CASES)
os.makedirs(engine.CASES)
labels = {}
for c in sorted(CASES, key=lambda c: c["id"]):
    labels[c["id"]] = engine.render(c)
with open(os.path.join(engine.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
