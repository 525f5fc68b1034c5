#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case specs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_attacks, cases_en_benign, cases_google_en  # noqa
for m in ("cases_es", "cases_fr", "cases_de", "cases_pt"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        __import__(m)
lib.build_all()
print(f"wrote {len(lib.CASES)} cases")
