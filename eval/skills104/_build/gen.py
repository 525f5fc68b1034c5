#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 104."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en, cases_google, cases_intl, cases_intl_google

if os.path.isdir(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
for m in (cases_en, cases_google, cases_intl, cases_intl_google):
    m.build()
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases")
