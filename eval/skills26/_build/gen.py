#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
from cases_en_bad import CASES as A
from cases_en_ok import CASES as B
from cases_de_es import CASES as C
from cases_fr_it import CASES as D
from cases_ja_pt_g import CASES as E
shutil.rmtree(render.OUT, ignore_errors=True); os.makedirs(render.OUT)
ids = set()
for c in A + B + C + D + E:
    assert c["id"] not in ids, c["id"]; ids.add(c["id"])
    render.build(c)
json.dump(dict(sorted(render.LABELS.items())), open(os.path.join(render.ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(render.LABELS), "cases")
