#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in this folder."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render

MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"]

def main():
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
    labels, seen = {}, set()
    for m in MODULES:
        for c in importlib.import_module(m).CASES:
            assert c["id"] not in seen, c["id"]
            seen.add(c["id"])
            labels[c["id"]] = render.build(c, ROOT)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(labels), "cases written")

if __name__ == "__main__":
    main()
