#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 4 from the hand-written specs in cases_*.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
ROOT = os.path.dirname(HERE)
lib.OUT = ROOT
from common import ALL
import cases_en_mal, cases_en_ben, cases_google, cases_de_es, cases_fr_it, cases_ja_pt  # noqa: F401  (they fill ALL)
import extras  # noqa: F401  (adds lambda sources to a few cases)

shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for c in sorted(ALL, key=lambda x: x["id"]):
    assert c["id"] not in labels, c["id"]
    lib.build(c)
    shapes = []
    for r in c["recs"]:
        if r["shape"] not in shapes:
            shapes.append(r["shape"])
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
