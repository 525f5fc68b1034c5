#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in cases_*.py."""
import importlib, json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render

MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"]


def main():
    out = os.path.join(render.ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels = {}
    for m in MODULES:
        for c in importlib.import_module(m).CASES:
            assert c["id"] not in labels, c["id"]
            shapes = render.render(c, out)
            labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(render.ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(labels), "cases written")


if __name__ == "__main__":
    main()
