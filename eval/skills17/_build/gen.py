#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine, cases_en, cases_en_benign, cases_intl, cases_google

ALL = cases_en.CASES + cases_en_benign.CASES + cases_intl.CASES + cases_google.CASES
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.isdir(engine.CASES):
    shutil.rmtree(engine.CASES)
labels = {}
for c in ALL:
    labels[c["id"]] = engine.build(c)
with open(os.path.join(engine.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
