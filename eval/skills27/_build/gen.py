#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, cases_a, cases_b, cases_c, cases_d  # noqa
labels = render.build()
print(len(labels), "cases")
