#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for evaluation set 6."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib6
import importlib

MODULES = ["cases_en_attacks", "cases_en_benign", "cases_google", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "code_files"]

if __name__ == "__main__":
    if os.path.isdir(lib6.OUT):
        shutil.rmtree(lib6.OUT)
    for m in MODULES:
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
            importlib.import_module(m).build()
    root = os.path.dirname(lib6.OUT)
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(lib6.LABELS.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(lib6.LABELS), "cases")
