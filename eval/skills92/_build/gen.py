#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 92 (cars, commuting and parking)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
import cases_en_us, cases_en_ca, cases_es_mx, cases_pt_br, cases_de_de, cases_fr_ca, cases_google  # noqa: E402,F401
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases written")
