#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render_case  # noqa: E402

ROOT = os.path.dirname(HERE)
MODULES = ["cases_en", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]


def main():
    cases = []
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            cases += importlib.import_module(m).CASES
    ids = [c["id"] for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels = {}
    for c in sorted(cases, key=lambda c: c["id"]):
        labels[c["id"]] = render_case(c, out)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
