#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 90 from the hand-written specs in this folder."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en, cases_google, cases_intl

if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
for m in (cases_en, cases_google, cases_intl):
    m.build()
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(lib.LABELS)} cases")
