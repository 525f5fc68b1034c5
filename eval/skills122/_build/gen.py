#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 122 from the hand-written case files."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_enus, cases_enin, cases_es, cases_de, cases_fr, cases_pt, cases_google  # noqa: F401  (register cases)

out = os.path.join(lib.ROOT, "cases")
if os.path.isdir(out):
    shutil.rmtree(out)
labels = {}
for c in lib.CASES:
    files, shapes = lib.build_case(c)
    for p, txt in files.items():
        fp = os.path.join(out, c["id"], p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(txt)
    assert c["id"] not in labels, c["id"]
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(labels), "cases written")
