#!/usr/bin/env python3
"""Regenerates ../cases and ../labels.json from the hand-written case modules."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lib.OUT = ROOT
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
import importlib
MODS = ["cases_en_attacks", "cases_en_drift_google", "cases_en_benign", "cases_de", "cases_it", "cases_pt", "cases_nl", "cases_fr"]
for m in MODS:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m).build()
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases")
