#!/usr/bin/env python3
"""Regenerates cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa
import cases_en_attacks, cases_en_benign, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt  # noqa

ROOT = os.path.dirname(HERE)
out = os.path.join(ROOT, "cases")
shutil.rmtree(out, ignore_errors=True)
labels = {}
ids = set()
for c in common.REG:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    root = os.path.join(out, c["id"])
    os.makedirs(root)
    c["fn"](root, c["id"], c["loc"])
    labels[c["id"]] = {"categories": c["cats"], "locale": c["loc"], "shapes": c["shapes"], "why": c["why"]}
labels = dict(sorted(labels.items()))
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(labels)} cases written")
