#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_en.py / cases_intl.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import ROOT, render_case
import cases_en, cases_intl

def main():
    cdir = os.path.join(ROOT, "cases")
    if os.path.isdir(cdir):
        shutil.rmtree(cdir)
    os.makedirs(cdir)
    labels = {}
    for c in cases_en.CASES + cases_intl.CASES:
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = render_case(c, cdir)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} cases")

if __name__ == "__main__":
    main()
