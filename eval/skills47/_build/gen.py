#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions in cases_*.py."""
import glob, importlib.util, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa

cases = []
for f in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    cases += m.CASES
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels = {}
for c in cases:
    labels[c["id"]] = render.render(c, ROOT)
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
print(f"{len(labels)} cases written")
