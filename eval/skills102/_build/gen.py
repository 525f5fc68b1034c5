#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case definitions in this folder."""
import os, sys, json, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib, glib
lib.OUT = os.path.dirname(HERE)
from common import CASES
import cases_en, cases_pt, cases_es, cases_fr, cases_it, cases_google  # noqa: F401  (register cases)

shutil.rmtree(os.path.join(lib.OUT, "cases"), ignore_errors=True)
labels = {}
for c in CASES:
    shapes = []
    if c.get("platform", "alexa") == "alexa":
        lib.alexa_package(c)
        for rec in c["recs"]:
            shape, sessions, opts = rec[0], rec[1], dict(rec[2]) if len(rec) > 2 else {}
            t0 = opts.pop("t0", "2025-03-14T15:02:11")
            tag = opts.pop("tag", "")
            flat = lib.expand(c, sessions, t0=t0, tag=tag)
            lib.ALEXA_SHAPES[shape](c, flat, **opts)
            if shape not in shapes:
                shapes.append(shape)
    else:
        {"builder": glib.builder_project, "dialogflow": glib.dialogflow_project, "sdk2": glib.sdk2_project}[c["platform"]](c)
        for rec in c["recs"]:
            shape, turns, opts = rec[0], rec[1], dict(rec[2]) if len(rec) > 2 else {}
            glib.G_SHAPES[shape](c, turns, **opts)
            if shape not in shapes:
                shapes.append(shape)
    for rel, txt in c.get("files", {}).items():
        lib.write(c["id"], rel, txt)
    assert c["id"] not in labels, c["id"]
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(lib.OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(labels)} cases")
