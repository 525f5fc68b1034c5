#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 116 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from common import CASES
import cases_en, cases_en_benign, cases_de, cases_fr, cases_es, cases_ja, cases_google  # noqa: F401

if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
labels = {}
seen = set()
for c in CASES:
    assert c["id"] not in seen, c["id"]
    seen.add(c["id"])
    d = os.path.join(lib.OUT, c["id"])
    shapes = []
    if c["platform"] == "alexa":
        lib.alexa_project(d, c)
        for r in c["recs"]:
            shape, path, sessions, date = r[:4]
            tag = r[4] if len(r) > 4 else path
            lib.write_rec(d, c, shape, path, sessions, date, tag)
            shapes.append(shape)
    else:
        lib.google_project(d, c)
        for r in c["recs"]:
            shape, path, sessions, date = r[:4]
            wrap = r[4] if len(r) > 4 else None
            lib.write_grecording(d, c, shape, path, sessions, date, tag=path, wrap=wrap)
            shapes += ([wrap] if wrap else []) + [shape]
    labels[c["id"]] = {"categories": sorted(c["labels"]), "locale": c["loc"],
                       "shapes": sorted(set(shapes)), "why": c["why"]}
lib.w(os.path.join(lib.ROOT, "labels.json"), dict(sorted(labels.items())))
print("wrote %d cases" % len(labels))
