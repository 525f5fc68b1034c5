#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case files."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
import cases_en, cases_de_es, cases_fr_it, cases_ja_pt  # noqa: E402

ROOT = os.path.dirname(HERE)


def main():
    allc = cases_en.C + cases_de_es.C + cases_fr_it.C + cases_ja_pt.C
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({i[:3] for i in ids}) == len(ids), "duplicate numbers"
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
    labels = {}
    for c in sorted(allc, key=lambda c: c["id"]):
        shapes = render.render_case(ROOT, c)
        p = c["pkg"]
        loc = c.get("label_locale") or (list(p["models"])[0] if p["platform"] == "alexa" else p["locale"])
        labels[c["id"]] = {"categories": c["cats"], "locale": loc, "shapes": shapes, "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
