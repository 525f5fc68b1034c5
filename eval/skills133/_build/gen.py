#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval set 133."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine
ROOT = os.path.dirname(HERE)
engine.OUT = ROOT
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
import cases_en, cases_de, cases_ja, cases_es, cases_fr, cases_google
for m in (cases_en, cases_de, cases_ja, cases_es, cases_fr, cases_google):
    m.build()
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(engine.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(engine.LABELS), "cases")
