#!/usr/bin/env python3
"""Regenerates cases/ and labels.json of set 96 from the hand-written case scripts in this folder."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en, cases_google, cases_intl

shutil.rmtree(lib.CASES, ignore_errors=True)
os.makedirs(lib.CASES)
for m in (cases_en, cases_google, cases_intl):
    m.build()
cases_en.build_more()
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(lib.LABELS)} cases")
