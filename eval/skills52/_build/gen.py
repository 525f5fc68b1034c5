#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render
import cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt

ROOT = os.path.dirname(HERE)
SHAPE_LABEL = {"zap": "zap-json"}

def main():
    allc = []
    for m in (cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt):
        allc.extend(m.CASES)
    out = os.path.join(ROOT, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels, seen = {}, set()
    for c in allc:
        assert c.name not in seen, c.name
        seen.add(c.name)
        render(c, os.path.join(out, c.name))
        shapes = []
        for r in c.recs:
            s = SHAPE_LABEL.get(r.shape, r.shape)
            if s not in shapes:
                shapes.append(s)
        labels[c.name] = {"categories": sorted(c.labels), "locale": c.loc, "shapes": shapes, "why": c.why}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} cases")

if __name__ == "__main__":
    main()
