#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa: E402

MODULES = ["cases_en_attacks", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"]


def main():
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels = {}
    for m in MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            assert c["id"] not in labels, c["id"]
            shapes = render.render_case(out, c)
            labels[c["id"]] = {"categories": c["cats"], "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
