#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 115."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from cases_en import CASES as C1
from cases_intl import CASES as C2
from cases_google import CASES as C3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.exists(lib.OUT):
    shutil.rmtree(lib.OUT)
labels = {}
for c in C1 + C2 + C3:
    d = os.path.join(lib.OUT, c["id"])
    plat = c.get("platform", "alexa")
    {"alexa": lib.alexa_project, "builder": lib.g_builder_project, "sdk2": lib.g_sdk2_project, "df": lib.g_df_project}[plat](d, c)
    shapes = []
    for k, rec in enumerate(c["recs"]):
        shape, path, turns, t0 = rec
        if plat == "alexa":
            rows = lib.sessionize(c, turns, t0, tag=str(k))
            lib.ALEXA_RENDER[shape](c, rows, path)
        else:
            lib.G_RENDER[shape](c, turns, path, tag=str(k))
        s = lib.SHAPE_NAME.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
    for p, txt in c.get("extra", {}).items():
        lib.wtext(os.path.join(d, p), txt)
    assert c["id"] not in labels, c["id"]
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(labels), "cases written")
