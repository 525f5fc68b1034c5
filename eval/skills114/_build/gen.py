#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 114 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_us, cases_en_gb, cases_fr, cases_it, cases_nl, cases_de_es

if os.path.isdir(lib.CASES):
    shutil.rmtree(lib.CASES)
os.makedirs(lib.CASES)
ALL = []
for m in (cases_en_us, cases_en_gb, cases_fr, cases_it, cases_nl, cases_de_es):
    ALL.extend(m.CASES)
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
for c in ALL:
    c.setdefault("slug", c["id"].split("-", 1)[1])
    lib.build(c)
lib.wjson(os.path.join(lib.ROOT, "labels.json"), dict(sorted(lib.LABELS.items())))
print(f"wrote {len(ALL)} cases")
