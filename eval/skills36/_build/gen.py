#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dsl, render
import cases_de, cases_es, cases_fr, cases_it, cases_other  # noqa: F401  (each appends to dsl.CASES)
OUT = os.path.dirname(HERE)
shutil.rmtree(os.path.join(OUT, "cases"), ignore_errors=True)
labels = {}
ids = set()
for c in dsl.CASES:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    labels[c["id"]] = render.render_case(c, OUT)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases")
