#!/usr/bin/env python3
"""The analyser's own language test cases (bundles/io.hearthguard.skills/src/test/resources/precision) as a labelled set
for the text model: OUT/cases/<case>/ (copies without the EXPECTED file) and OUT/labels.json. A case expected to have
nothing at medium or above is benign; a malicious case is labelled with its expected rule's category, widened with the
categories the rules find in it when RULES_DIR (eval/run-skills.sh output for OUT, rules alone) is given. Cases with only
negative expectations are left out.
usage: precision_set.py OUT_DIR [RULES_DIR]"""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "skills"))
from score import load_objects, predictions  # noqa: E402

src = os.path.join(HERE, "..", "..", "bundles", "io.hearthguard.skills", "src", "test", "resources", "precision")
out = sys.argv[1]
rules = sys.argv[2] if len(sys.argv) > 2 else None
labels = {}
for c in sorted(os.listdir(src)):
    exp = [l.strip() for l in open(os.path.join(src, c, "EXPECTED"), encoding="utf-8") if l.strip()]
    benign = any(e.startswith("none>=") for e in exp)
    cats = {e.split(".")[1] for e in exp if not e.startswith("!") and not e.startswith("none>=")}
    if not benign and not cats:
        continue
    if cats and rules:
        p = os.path.join(rules, c + ".jsonl")
        if os.path.exists(p):
            cats |= predictions(load_objects(p)[0])[0]
    loc = c.rsplit("-", 2)
    labels[c] = {"categories": sorted(cats), "locale": loc[-2] + "-" + loc[-1]}
    dst = os.path.join(out, "cases", c)
    if not os.path.isdir(dst):
        shutil.copytree(os.path.join(src, c), dst, ignore=shutil.ignore_patterns("EXPECTED"))
os.makedirs(out, exist_ok=True)
json.dump(labels, open(os.path.join(out, "labels.json"), "w"), indent=1)
print(f"{len(labels)} cases, {sum(1 for v in labels.values() if not v['categories'])} benign -> {out}")
