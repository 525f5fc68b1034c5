#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import json, os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine, cases_en, cases_de_es, cases_fr_it, cases_ja_pt
cases = cases_en.C + cases_de_es.C + cases_fr_it.C + cases_ja_pt.C
ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids)), "duplicate ids"
if os.path.exists(engine.OUT): shutil.rmtree(engine.OUT)
labels = engine.render(cases)
json.dump(dict(sorted(labels.items())), open(os.path.join(engine.ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(labels), "cases")
