#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
SHAPE_LABEL = {"ask-dialog-text": "ask-dialog"}
MODULES = ["cases_en", "cases_en2", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]


def main():
    out = os.path.join(ROOT, "cases")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    render.OUT = out
    labels = {}
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + ".py")):
            continue
        mod = importlib.import_module(m)
        for c in mod.CASES:
            assert c["id"] not in labels, c["id"]
            render.render(c)
            shapes = []
            for r in c["rec"]:
                s = r[0] if r[0] != "file" else (r[3] if len(r) > 3 else None)
                s = SHAPE_LABEL.get(s, s)
                if s and s not in shapes:
                    shapes.append(s)
            labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", len(labels), "cases")


if __name__ == "__main__":
    main()
