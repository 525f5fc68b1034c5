#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine, dsl
import cases_en, cases_en_benign, cases_de_es, cases_fr_it, cases_ja_pt, cases_google  # noqa
out = os.path.join(engine.OUT, "cases")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
from why_en import WHY
for c in dsl.CASES:
    engine.build(c)
    if c['id'] in WHY:
        engine.LABELS[c['id']]['why'] = WHY[c['id']]
json.dump(dict(sorted(engine.LABELS.items())), open(os.path.join(engine.OUT, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(engine.LABELS), "cases")
