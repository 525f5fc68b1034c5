#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in this folder."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
for m in ("cases_en", "cases_eu", "cases_world", "cases_google"):
    __import__(m)
ids = [c["id"] for c in render.CASES]
assert len(ids) == len(set(ids)), "duplicate id"
labels = render.render(os.path.dirname(HERE))
print(f"wrote {len(labels)} cases")
