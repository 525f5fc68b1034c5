#!/usr/bin/env python3
"""Regenerate ../cases and ../labels.json from the hand-written case files."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import cases_en, cases_en_benign, cases_intl  # noqa: F401  (register cases)
labels = lib.build(os.path.dirname(HERE))
print(f"wrote {len(labels)} cases")
