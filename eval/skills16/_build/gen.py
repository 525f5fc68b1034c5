#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
shutil.rmtree(lib.CASES, ignore_errors=True)
import cases_en, cases_intl, cases_google, cases_benign  # noqa: E402,F401
lib.finish()
print(len(lib.LABELS), "cases written")
