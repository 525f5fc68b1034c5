#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 127 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
import cases_en_us, cases_en_gb, cases_fr_ca, cases_es_es, cases_ja_jp, cases_google

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.isdir(core.OUT):
    shutil.rmtree(core.OUT)
labels = {}
for mod in (cases_en_us, cases_en_gb, cases_fr_ca, cases_es_es, cases_ja_jp, cases_google):
    for c in mod.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = core.build(c)
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(labels), "cases written")
