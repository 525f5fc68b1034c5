#!/usr/bin/env python3
"""Regenerates ../cases and ../labels.json from the hand-written case scripts."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en, cases_intl, cases_google

ROOT = os.path.dirname(lib.OUT)
if os.path.exists(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
cases_en.main()
cases_intl.main()
cases_google.main()
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases written")
