#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in _build/cases_*.py."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from render import build  # noqa

MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
cases_dir = os.path.join(ROOT, "cases")
shutil.rmtree(cases_dir, ignore_errors=True)
os.makedirs(cases_dir)
labels = {}
for m in MODULES:
    for c in importlib.import_module(m).CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = build(c, cases_dir)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(labels)} cases written")
