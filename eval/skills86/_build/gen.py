#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval-skills86 from the hand-written case files."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import core

MODULES = ["cases_en_attack", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for m in MODULES:
    if not os.path.exists(os.path.join(HERE, m + ".py")):
        continue
    for c in importlib.import_module(m).CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = core.render_case(c, ROOT)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases")
