#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 120. usage: python3 _build/gen.py"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en, cases_intl, cases_google

if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
cases_en.build()
cases_intl.build()
cases_google.build()
root = os.path.dirname(lib.OUT)
with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(lib.LABELS)} cases")
