#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
ROOT = os.path.dirname(HERE)
MODULES = ["cases_en", "cases_eu", "cases_world", "cases_google"]

def main():
    out = os.path.join(ROOT, "cases")
    shutil.rmtree(out, ignore_errors=True)
    labels = {}
    for m in MODULES:
        for c in importlib.import_module(m).CASES:
            assert c["id"] not in labels, c["id"]
            shapes = render(c, os.path.join(out, c["id"]))
            labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(labels)} cases written")

if __name__ == "__main__":
    main()
