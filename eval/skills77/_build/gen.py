#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_google  # noqa: F401  (they register cases)

ROOT = os.path.dirname(HERE)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
seen = set()
for c in render.CASES:
    assert c["cid"] not in seen, c["cid"]
    seen.add(c["cid"])
    k, v = render.render_case(c, out)
    labels[k] = v
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"wrote {len(labels)} cases")
