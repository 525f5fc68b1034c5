#!/usr/bin/env python3
"""Regenerate ../cases/ and ../labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render, cases_en, cases_google, cases_intl

ROOT = os.path.dirname(HERE)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
labels = {}
for c in cases_en.CASES + cases_google.CASES + cases_intl.CASES:
    assert c["id"] not in labels, c["id"]
    labels[c["id"]] = render.build(c, out)
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
