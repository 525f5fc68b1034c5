#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case specs in this folder."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import OUT, build_alexa  # noqa: E402
from glib import build_google  # noqa: E402
import cases_en, cases_en_benign, cases_google, cases_intl1, cases_intl2  # noqa: E402

ALL = cases_en.CASES + cases_en_benign.CASES + cases_google.CASES + cases_intl1.CASES + cases_intl2.CASES


def main():
    ids = [c["id"] for c in ALL]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    shutil.rmtree(os.path.join(OUT, "cases"), ignore_errors=True)
    labels = {}
    for c in sorted(ALL, key=lambda c: c["id"]):
        shapes = build_google(c) if "kind" in c else build_alexa(c)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
