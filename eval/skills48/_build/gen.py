#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
ROOT = os.path.dirname(HERE)
MODULES = ["cases_alexa", "cases_alexa_benign", "cases_builder", "cases_sdk2", "cases_dfes", "cases_dfcx"]

def main():
    out = os.path.join(ROOT, "cases")
    shutil.rmtree(out, ignore_errors=True)
    labels = {}
    for m in MODULES:
        for c in importlib.import_module(m).CASES:
            assert c["id"] not in labels, c["id"]
            labels[c["id"]] = render(c, out)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(labels)} cases written")

if __name__ == "__main__":
    main()
