#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval-skills5."""
import importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
MODULES = ["cases_en_mal", "cases_en_ben", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
if os.path.exists(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
for m in MODULES:
    if os.path.exists(os.path.join(os.path.dirname(__file__), m + ".py")):
        importlib.import_module(m).run()
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(lib.LABELS), "cases")
