#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_mal, cases_mal2, cases_ben
labels = render.build(cases_mal.CASES + cases_mal2.CASES + cases_ben.CASES)
print(len(labels), "cases")
