#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval-skills130."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
if os.path.exists(lib.OUT):
    shutil.rmtree(lib.OUT)
for m in ["cases_en_attacks", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_nl", "cases_it", "cases_google"]:
    if os.path.exists(os.path.join(HERE, m + ".py")):
        importlib.import_module(m)
with open(os.path.join(os.path.dirname(HERE), "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases")
