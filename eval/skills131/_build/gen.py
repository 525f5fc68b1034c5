#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 131 from the hand-written case specs."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en, cases_google, cases_ja, cases_it, cases_hi, cases_defr

lib.reset()
for m in (cases_en, cases_google, cases_ja, cases_it, cases_hi, cases_defr):
    m.build()
root = os.path.dirname(lib.OUT)
with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(lib.LABELS)} cases written")
