#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_en, cases_eu, cases_ja_pt_g
cases = cases_en.CASES + cases_eu.CASES + cases_ja_pt_g.CASES
ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids)), "duplicate id"
labels = render.build(cases)
print(len(labels), "cases written")
