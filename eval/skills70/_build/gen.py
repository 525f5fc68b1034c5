#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
import cases_gb, cases_de, cases_ja, cases_other, cases_google

ALL = cases_gb.CASES + cases_de.CASES + cases_ja.CASES + cases_other.CASES + cases_google.CASES
out = os.path.join(render.ROOT, "cases")
if os.path.exists(out):
    shutil.rmtree(out)
os.makedirs(out)
labels = {}
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
for c in ALL:
    labels[c["id"]] = render.write_case(out, c)
with open(os.path.join(render.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(labels)} cases")
