#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
ROOT = os.path.dirname(HERE)
MODS = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"]

def main():
    cases = []
    for m in MODS:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            cases += importlib.import_module(m).CASES
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels = {}
    for c in sorted(cases, key=lambda c: c["id"]):
        labels[c["id"]] = render(c, ROOT)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(labels)} cases written")

if __name__ == "__main__":
    main()
