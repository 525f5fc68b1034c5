#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en, cases_en_benign, cases_intl, cases_google  # noqa: F401  (each registers its cases)
labels = lib.build_all()
print(len(labels), "cases written")
