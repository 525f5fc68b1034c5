#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files in this folder."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render  # noqa
ROOT = os.path.dirname(HERE)
MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]

def main():
    out = os.path.join(ROOT, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels = {}
    for m in MODULES:
        for case in importlib.import_module(m).CASES:
            assert case["cid"] not in labels, case["cid"]
            labels[case["cid"]] = render(case, out)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(labels)} cases written")

if __name__ == "__main__":
    main()
