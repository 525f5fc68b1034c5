#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 103 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en, cases_de, cases_es, cases_ja, cases_nl, cases_hi, cases_fr, cases_google

if os.path.isdir(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
seen = set()
for mod in (cases_en, cases_de, cases_es, cases_ja, cases_nl, cases_hi, cases_fr, cases_google):
    for c in mod.C:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        lib.build(c)
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(lib.LABELS), "cases written")
