#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in _build/cases_*.py."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa: E402

MODULES = ["cases_en", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"]


def main():
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels = {}
    for m in MODULES:
        for c in importlib.import_module(m).CASES:
            assert c.cid not in labels, c.cid
            for rel, text in render.render(c).items():
                p = os.path.join(out, c.cid, rel)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "w", encoding="utf-8") as f:
                    f.write(text)
            labels[c.cid] = {"categories": c.labels, "locale": c.locale,
                             "shapes": sorted({r.shape for r in c.recs}), "why": c.why}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
