#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in _build/cases_*.py."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa

ROOT = os.path.dirname(HERE)
MODS = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]


def main():
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels = {}
    for m in MODS:
        for c in importlib.import_module(m).CASES:
            assert c["id"] not in labels, c["id"]
            root = os.path.join(out, c["id"])
            if c.get("kind"):
                render.write_google(root, c)
            else:
                render.write_alexa(root, c)
            labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"],
                               "shapes": render.shapes_of(c), "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
