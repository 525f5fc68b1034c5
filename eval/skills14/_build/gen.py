#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
shutil.rmtree(os.path.join(lib.ROOT, "cases"), ignore_errors=True)
os.makedirs(os.path.join(lib.ROOT, "cases"))
import cases_en_pos, cases_en_more, cases_intl1, cases_intl2, cases_intl3  # noqa
lib.save()
print(len(lib.LABELS), "cases")
