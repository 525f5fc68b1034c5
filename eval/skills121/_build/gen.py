#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files."""
import importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
if os.path.exists(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
for m in ["cases_en_us", "cases_en_ca", "cases_de", "cases_fr", "cases_nl", "cases_es_it", "cases_google"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m)
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases written")
