#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 87 from the hand-written case files."""
import json, os, shutil, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
if os.path.exists(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
for m in ["cases_en_attacks", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m)
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(lib.LABELS), "cases")
