#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval set 85 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_google, cases_en_alexa, cases_intl  # noqa: F401  (they register cases via lib.C)

shutil.rmtree(os.path.join(lib.ROOT, "cases"), ignore_errors=True)
labels = {}
seen = set()
for c in lib.CASES:
    assert c["cid"] not in seen, c["cid"]
    seen.add(c["cid"])
    shapes = lib.build_case(c)
    labels[c["cid"]] = {"categories": c["cats"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
print(len(labels), "cases written")
