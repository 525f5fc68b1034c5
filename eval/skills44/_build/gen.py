#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
NATIVE = {"sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}
ALL = []
for m in MODULES:
    try:
        ALL += importlib.import_module(m).CASES
    except ModuleNotFoundError as e:
        if e.name != m: raise
        print("missing", m)
ids = [c["id"] for c in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for c in ALL:
    render.render_case(c, ROOT)
    shapes = []
    for r in c["recs"]:
        s = r["shape"]
        if s not in shapes:
            shapes.append(s)
        if c["plat"] != "alexa" and NATIVE[c["plat"]] not in shapes:
            shapes.append(NATIVE[c["plat"]])
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
print(len(labels), "cases written")
