#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_en_attack, cases_en_benign, cases_intl, cases_google

ALL = cases_en_attack.CASES + cases_en_benign.CASES + cases_intl.CASES + cases_google.CASES
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
labels = render.render_all(ALL)
print(len(labels), "cases written")
