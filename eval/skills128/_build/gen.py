#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 128 from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_us  # noqa
for m in ("cases_en_gb", "cases_de", "cases_fr", "cases_es", "cases_it", "cases_google"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        __import__(m)
lib.build_all()
print(f"{len(lib.CASES)} cases written")
