#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 88 from the hand-written case specs."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_attacks, cases_en_benign, cases_google, cases_intl, cases_code

ALL = cases_en_attacks.CASES + cases_en_benign.CASES + cases_google.CASES + cases_intl.CASES
SHAPE_LABEL = {"cloudwatch-text-py": "cloudwatch-text"}


def main():
    ids = [c["id"] for c in ALL]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if os.path.isdir(lib.CASES):
        shutil.rmtree(lib.CASES)
    labels = {}
    for c in sorted(ALL, key=lambda c: c["id"]):
        c.setdefault("files", {}).update(cases_code.CODE.get(c["id"], {}))
        lib.build(c)
        shapes = []
        for r in c["recs"]:
            s = SHAPE_LABEL.get(r[0], r[0])
            if s not in shapes:
                shapes.append(s)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    lib.write(os.path.join(lib.ROOT, "labels.json"), labels)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
