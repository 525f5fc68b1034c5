#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval-skills112 from the hand-written case specs in this folder."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
ROOT = os.path.dirname(HERE)
lib.OUT = ROOT
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
MODS = ["cases_gb", "cases_au", "cases_de", "cases_es", "cases_pt", "cases_fr_it", "cases_google"]
for m in MODS:
    if not os.path.exists(os.path.join(HERE, m + ".py")):
        continue
    mod = importlib.import_module(m)
    for c in mod.C:
        if c["id"] in lib.LABELS:
            raise SystemExit("duplicate " + c["id"])
        (lib.google_case if c.get("kind") else lib.alexa_case)(c)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(lib.LABELS), "cases written")
