#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render_case

MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]


def main():
    root = os.path.dirname(HERE)
    out = os.path.join(root, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels, seen = {}, set()
    for m in MODULES:
        mod = importlib.import_module(m)
        for case in mod.CASES:
            assert case["id"] not in seen, case["id"]
            seen.add(case["id"])
            labels[case["id"]] = render_case(case, out)
    labels = dict(sorted(labels.items()))
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
