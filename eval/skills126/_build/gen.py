#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval set 126 from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_in  # noqa: F401,E402
for mod in ("cases_en_gb", "cases_google", "cases_hi_in", "cases_es_es", "cases_pt_br", "cases_de_fr", "cases_code"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), mod + ".py")):
        __import__(mod)
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate case ids"
labels = lib.build_all()
print(f"wrote {len(labels)} cases")
