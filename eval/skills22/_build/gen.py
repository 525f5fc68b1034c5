#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case lists."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_en, cases_intl
root = render.ROOT
shutil.rmtree(os.path.join(root, "cases"), ignore_errors=True)
labels = render.build(cases_en.CASES + cases_intl.CASES)
print(len(labels), "cases")
