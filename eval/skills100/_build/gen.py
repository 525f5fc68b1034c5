#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 100 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from common import CASES, build
import cases_en_mal, cases_en_ben, cases_google, cases_es, cases_it, cases_de, cases_pt  # noqa

ROOT = os.path.dirname(lib.OUT)
if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
assert len({i[:6] for i in ids}) == len(ids), "duplicate numbers"
for c in CASES:
    build(c)
json.dump(dict(sorted(lib.LABELS.items())), open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(f"{len(CASES)} cases written")
